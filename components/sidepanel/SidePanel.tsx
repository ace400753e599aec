import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../i18n';
import { Header } from '../Header';
import { MyTasks } from './MyTasks';
import { useSettings } from '../useSettings';
import type { Role } from '@/lib/schema/settings';

// The first view a person sees loads with the panel; the others when first opened.
const ThisPage = lazy(() => import('./ThisPage').then((m) => ({ default: m.ThisPage })));
const Targets = lazy(() => import('./Targets').then((m) => ({ default: m.Targets })));

const TABS = [
  { id: 'tasks', label: 'tabMyTasks', view: MyTasks },
  { id: 'page', label: 'tabThisPage', view: ThisPage },
  { id: 'targets', label: 'tabTargets', view: Targets },
] as const satisfies readonly {
  id: string;
  label: MessageKey;
  view: React.ComponentType;
}[];

/** What each role opens first: the officer works on the page, the focal point on the plan's tasks, the head on the targets. */
const FIRST_VIEW: Record<Role, (typeof TABS)[number]['id']> = { one_stop: 'page', focal_point: 'tasks', head: 'targets' };

export function SidePanel() {
  const t = useT();
  const settings = useSettings();
  // The tests and a pinned panel ask with ?view=; otherwise the person's role decides.
  const [chosen, setChosen] = useState(() => TABS.findIndex((x) => x.id === new URLSearchParams(location.search).get('view')));
  if (!settings) return null;
  const role = settings.profile.role;
  const selected = chosen >= 0 ? chosen : Math.max(0, TABS.findIndex((x) => x.id === (role ? FIRST_VIEW[role] : 'tasks')));
  const setSelected = setChosen;
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
        <Suspense fallback={null}>
          <View />
        </Suspense>
      </main>
    </>
  );
}
