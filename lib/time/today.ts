/** Reporting periods and deadlines are counted in Vietnam's time zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const isoFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) in Asia/Ho_Chi_Minh at a moment. */
export function isoDateIn(at: number | Date): string {
  return isoFormatter.format(at);
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
