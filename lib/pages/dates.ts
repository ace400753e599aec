/** Dates on Vietnamese portals are day first: dd/mm/yyyy, often with a time before or after. */
const DAY_FIRST = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

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

function utcDay(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`Ngày không đúng dạng YYYY-MM-DD: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** Calendar days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return utcDay(to) - utcDay(from);
}

/** dd/mm/yyyy, the way the messages show a date to a Vietnamese reader. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Today in Asia/Ho_Chi_Minh, where every deadline on these portals is counted. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
