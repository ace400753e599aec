/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Portals show dates without a
 * time, so days are counted in UTC where no daylight saving can shift them.
 */
const DAY_MS = 86_400_000;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function isoToUtc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function utcToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return utcToIso(isoToUtc(iso) + days * DAY_MS);
}

/** Calendar days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoToUtc(to) - isoToUtc(from)) / DAY_MS);
}

/** Days from `from` to `to`, both counted: the same day gives 1. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((isoToUtc(to) - isoToUtc(from)) / DAY_MS) + 1;
}

/**
 * Adds working days, skipping Saturdays and Sundays. Public holidays are not
 * known to the extension, so a due date derived this way can be early by the
 * holidays in between; a due date shown on the page always wins.
 */
export function addWorkingDays(iso: string, days: number): string {
  let ms = isoToUtc(iso);
  let left = days;
  while (left > 0) {
    ms += DAY_MS;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return utcToIso(ms);
}

/** The calendar date in Việt Nam at an instant: what "today" means to the user. */
export function vietnamDate(instant: Date | number = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const todayInVietnam = (): string => vietnamDate(new Date());

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
