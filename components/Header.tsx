import { browser } from 'wxt/browser';
import { useT } from './i18n';

export function Header({ children }: { children?: React.ReactNode }) {
  const t = useT();
  return (
    <header className="header">
      <img src={browser.runtime.getURL('/icon/32.png')} alt="" />
      <h1>{t('appName')}</h1>
      <div style={{ marginLeft: 'auto' }}>{children}</div>
    </header>
  );
}
