import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { isChecked } from '@/lib/db/checklist';
import { dueDate } from '@/lib/tasks/schedule';
import { addDailyRoutine, loadPopup, markTaskDone, removeRoutine, setRoutineDone } from '@/lib/views/popup';
import { useT } from '../i18n';
import { Header } from '../Header';
import { useSettings } from '../useSettings';
import { useToday } from '../useToday';
import { useActiveTab } from '../useActiveTab';
import { dueInWords } from '../sidepanel/TaskCard';

/** The quick checklist behind the toolbar icon. */
export function Popup() {
  const t = useT();
  const today = useToday();
  const settings = useSettings();
  const tabId = useActiveTab();
  const unit = settings?.profile.unit ?? null;
  const data = useLiveQuery(
    () => (settings === undefined || tabId === undefined ? undefined : loadPopup(unit, tabId, today)),
    [settings === undefined, unit, tabId, today],
  );
  const [newRoutine, setNewRoutine] = useState('');

  const openPanel = async () => {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
    window.close();
  };

  return (
    <div style={{ width: 360, maxWidth: '100%' }}>
      <Header>
        <button type="button" className="link" style={{ color: '#fff' }} onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </Header>
      <main className="panel">
        <h2>{t('popupOverdue')}</h2>
        {!data ? (
          <p aria-busy="true" className="muted">{t('loading')}</p>
        ) : !data.hasPlans || !data.hasUnit ? (
          <p className="notice">
            {t(data.hasPlans ? 'tasksNoUnit' : 'tasksNoPlan')}{' '}
            <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('openOptions')}
            </button>
          </p>
        ) : data.due.length === 0 ? (
          <p className="muted">{t('popupNothingDue')}</p>
        ) : (
          <ul className="plain">
            {data.due.map((task) => (
              <li key={task.id} className="card overdue">
                <div>{task.title}</div>
                <div className="row small">
                  <span className="pill fail">{dueInWords(dueDate(task.deadline, today)!, today, t)}</span>
                  <button type="button" className="link" onClick={() => void markTaskDone(task.id)}>
                    {t('markDone')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {!!data?.pageMisses?.findings && <p className="notice error">{t('popupPageMisses', { n: data.pageMisses.findings, dossiers: data.pageMisses.dossiers })}</p>}
        <h2>{t('popupRoutines')}</h2>
        <ul className="plain">
          {data?.routines.map((item) => (
            <li key={item.id} className="spread">
              <label className="check">
                <input type="checkbox" checked={isChecked(item, today)} onChange={(e) => void setRoutineDone(item, e.target.checked, today)} />
                {item.label}
              </label>
              <button type="button" className="link small" aria-label={`${t('remove')}: ${item.label}`} onClick={() => void removeRoutine(item.id)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void addDailyRoutine(newRoutine).then(() => setNewRoutine(''));
          }}
        >
          <label style={{ flex: 1 }}>
            <span className="visually-hidden">{t('addRoutine')}</span>
            <input type="text" value={newRoutine} placeholder={t('addRoutine')} onChange={(e) => setNewRoutine(e.target.value)} style={{ width: '100%' }} />
          </label>
          <button type="submit" aria-label={t('addRoutine')}>
            +
          </button>
        </form>
        <button type="button" className="primary" style={{ width: '100%', marginTop: 12 }} onClick={() => void openPanel()}>
          {t('popupOpenPanel')}
        </button>
      </main>
    </div>
  );
}
