import { useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../i18n';
import { Header } from '../Header';
import { ThisPage } from './ThisPage';

const TABS = [{ id: 'page', label: 'tabThisPage', view: ThisPage }] as const satisfies readonly {
  id: string;
  label: MessageKey;
  view: () => React.JSX.Element;
}[];

export function SidePanel() {
  const t = useT();
  const [selected, setSelected] = useState(0);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = (selected + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    setSelected(next);
    document.getElementById(`tab-${TABS[next].id}`)?.focus();
  };
  const View = TABS[selected].view;
  return (
    <>
      <Header />
      <div className="tabs" role="tablist" aria-label={t('appName')} onKeyDown={onKey}>
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={i === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => setSelected(i)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <main className="panel" role="tabpanel" id={`panel-${TABS[selected].id}`} aria-labelledby={`tab-${TABS[selected].id}`}>
        <View />
      </main>
    </>
  );
}
