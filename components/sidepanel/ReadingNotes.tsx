import { useState } from 'react';
import type { PageRow } from '@/lib/db/db';
import { MAX_FIELD, MAX_ROWS } from '@/lib/pages/caps';
import { FIELD_NAMES, teachColumn, unreadFields } from '@/lib/views/readingNotes';
import { tellPage } from '@/lib/messaging/toContent';
import { useT } from '../i18n';

/** What the page did not give: rows past the cap, cut fields, and each checked field no column gave, with a way to point at its column once. */
export function ReadingNotes({ page }: { page: PageRow }) {
  const t = useT();
  const notes = page.notes;
  if (!notes) return null;
  const unread = unreadFields(page);
  if (!notes.droppedRows && !notes.cutFields && unread.length === 0) return null;
  return (
    <div className="card">
      {notes.droppedRows > 0 && <p className="notice">{t('readingDroppedRows', { n: MAX_ROWS.toLocaleString('vi-VN') })}</p>}
      {notes.cutFields > 0 && <p className="notice">{t('readingCutFields', { n: notes.cutFields, max: MAX_FIELD.toLocaleString('vi-VN') })}</p>}
      {unread.map((field) => (
        <PickColumn key={field} page={page} field={field} headers={notes.headers} />
      ))}
    </div>
  );
}

function PickColumn({ page, field, headers }: { page: PageRow; field: string; headers: string[] }) {
  const t = useT();
  const [chosen, setChosen] = useState('');
  const [done, setDone] = useState('');
  const name = t(FIELD_NAMES[field]);
  const use = async () => {
    const host = await teachColumn(page.url, field, chosen);
    setDone(t('readingTaught', { header: chosen, field: name, host }));
    // The page is read again with the column it now knows.
    await tellPage(page.tabId, { type: 'page.reobserve' });
  };
  return (
    <div className="teach-column">
      <p className="notice warn">{t('readingUnread', { field: name })}</p>
      <label>
        {t('readingPick', { field: name })}{' '}
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('readingPickNone')}</option>
          {headers.filter(Boolean).map((h, i) => (
            <option key={`${i}:${h}`} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" disabled={!chosen} onClick={() => void use()}>
        {t('readingUse')}
      </button>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
