/** Dates on Vietnamese portals are day first: dd/mm/yyyy, often with a time before or after. */
const DAY_FIRST = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;

/** The first day-first date in a text, as YYYY-MM-DD; null when there is none or it is not a real day. */
export function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = DAY_FIRST.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
