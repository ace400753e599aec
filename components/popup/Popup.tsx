import { browser } from 'wxt/browser';
import { useT } from '../i18n';
import { Header } from '../Header';

/** The quick checklist behind the toolbar icon. */
export function Popup() {
  const t = useT();
  const openPanel = async () => {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
    window.close();
  };
  return (
    <div style={{ width: 340 }}>
      <Header>
        <button type="button" className="link" style={{ color: '#fff' }} onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </Header>
      <main className="panel">
        <button type="button" className="primary" style={{ width: '100%', marginTop: 8 }} onClick={() => void openPanel()}>
          {t('popupOpenPanel')}
        </button>
      </main>
    </div>
  );
}
