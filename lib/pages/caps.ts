import type { PageReport, ReadingNotes } from '../schema/facts';

/**
 * What one page may put in the database. A list longer than this is not a
 * page a person works through, and a field longer than this is not a code, a
 * date or a name: past them the page is either broken or trying to flood the
 * store. The rest is dropped, and the side panel says so.
 */
export const MAX_ROWS = 5000;
export const MAX_FIELD = 1000;

const LISTS = ['dossiers', 'feedback', 'indexScores', 'documents'] as const;

export const noNotes = (): ReadingNotes => ({ droppedRows: 0, cutFields: 0, unread: [], headers: [] });

/** The value with every string cut to MAX_FIELD; a part with nothing to cut is the same object, not a copy. */
function cutStrings<T>(value: T, count: () => void): T {
  if (typeof value === 'string') {
    if (value.length <= MAX_FIELD) return value;
    count();
    return value.slice(0, MAX_FIELD) as T;
  }
  if (!value || typeof value !== 'object') return value;
  let copy: Record<string, unknown> | unknown[] | null = null;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const cut = cutStrings(record[key], count);
    if (cut === record[key]) continue;
    copy ??= Array.isArray(value) ? [...value] : { ...record };
    (copy as Record<string, unknown>)[key] = cut;
  }
  return (copy ?? value) as T;
}

/**
 * The facts within the caps: at most MAX_ROWS rows over all the page's lists
 * and MAX_FIELD characters per field, with what was dropped counted in the
 * notes. Applied where a page is read and again where it is stored: the
 * background trusts no page to have done it.
 */
export function withinCaps<T extends Partial<PageReport>>(facts: T): T {
  const notes = { ...noNotes(), ...facts.notes };
  let room = MAX_ROWS;
  const out: Record<string, unknown> = { ...facts };
  for (const list of LISTS) {
    const rows = facts[list];
    if (!rows) continue;
    if (rows.length > room) notes.droppedRows += rows.length - room;
    out[list] = rows.slice(0, room);
    room = Math.max(0, room - rows.length);
  }
  // Findings are a few per row at most: more is a forged report.
  if (facts.findings) out.findings = facts.findings.slice(0, MAX_ROWS * 10);
  const capped = cutStrings(out, () => notes.cutFields++) as T;
  const worthSaying = notes.droppedRows > 0 || notes.cutFields > 0 || notes.unread.length > 0;
  return { ...capped, notes: worthSaying ? notes : undefined };
}
