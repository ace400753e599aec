import { known, type Verdict } from './types';

/** What a page shows about one item's deadline: a dossier's, or a feedback item's. */
export interface Deadline {
  /** The portal's own word on it: "Quá hạn", "Trễ hạn" (false), "Đúng hạn", "Còn 2 ngày" (true); null when not shown. */
  mark: boolean | null;
  due: string | null;
  /** The day it was finished (result issued, answer sent); null when not shown or not finished. */
  doneAt: string | null;
  finished: boolean;
}

/**
 * "On time", the one rule every surface uses, as the 766 index counts it:
 * the portal's own overdue mark wins where it shows one; a finished item is on
 * time when it was finished by its due date; an item still open counts as on
 * time while today is within its due date. Unknown when the page shows too
 * little to tell.
 */
export function onTimeVerdict(d: Deadline, today: string): Verdict {
  if (d.mark === false) return 'miss';
  if (d.finished) return d.doneAt !== null && d.due !== null ? known(d.doneAt <= d.due) : d.mark ? 'hit' : 'unknown';
  if (d.due !== null) return known(today <= d.due);
  return d.mark ? 'hit' : 'unknown';
}
