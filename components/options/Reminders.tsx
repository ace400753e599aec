import { changeSettings } from '@/lib/views/settings';
import type { Settings } from '@/lib/schema/settings';
import type { MessageKey } from '@/lib/i18n';
import { useState } from 'react';
import { useSayError, useT } from '../i18n';
import { Notice, type NoticeState } from './Notice';

type Flag = 'enabled' | 'dayBefore' | 'onDay' | 'weeklySummary';
const FLAGS: [Flag, MessageKey][] = [
  ['enabled', 'remindersEnabled'],
  ['dayBefore', 'remindDayBefore'],
  ['onDay', 'remindOnDay'],
  ['weeklySummary', 'weeklySummary'],
];

export function Reminders({ settings }: { settings: Settings }) {
  const t = useT();
  const sayError = useSayError();
  const r = settings.reminders;
  const [notice, setNotice] = useState<NoticeState>(null);
  const set = (change: Partial<Settings['reminders']>) =>
    void changeSettings((s) => ({ ...s, reminders: { ...s.reminders, ...change } }))
      .then(() => setNotice(null))
      .catch((e: unknown) => setNotice({ kind: 'error', text: t('errorPrefix', { message: sayError(e) }) }));
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('navReminders')}</h2>
      <div className="card">
        {FLAGS.map(([flag, label]) => (
          <label key={flag} className="check">
            <input type="checkbox" checked={r[flag]} disabled={flag !== 'enabled' && !r.enabled} onChange={(e) => set({ [flag]: e.target.checked })} />
            {t(label)}
          </label>
        ))}
        <div className="row">
          <label className="field">
            <span>{t('workStart')}</span>
            <input type="time" value={r.workStart} onChange={(e) => e.target.value && set({ workStart: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('workEnd')}</span>
            <input type="time" value={r.workEnd} onChange={(e) => e.target.value && set({ workEnd: e.target.value })} />
          </label>
        </div>
        <Notice state={notice} />
      </div>
    </section>
  );
}
