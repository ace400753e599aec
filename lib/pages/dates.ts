/**
 * Dates as portals show them: day first (dd/MM/yyyy, often with HH:mm or
 * HH:mm:ss before or after), or from their data as ISO dates (yyyy-MM-dd) and
 * date-times with an offset (2026-10-05T17:00:00.000+0700). A moment with an
 * offset falls on the day it is in Việt Nam.
 */
const DAY_FIRST = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const YEAR_FIRST = /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d/-])/;
const VIETNAM_OFFSET_MINUTES = 7 * 60;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

function day(year: number, month: number, date: number): string | null {
  // Portals date dossiers and documents within living memory; "12/05/0026" is a typo, not a date.
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(date)}`;
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** A year-first date; with a time and an offset, the day it is in Việt Nam at that moment. */
function yearFirst(m: RegExpExecArray): string | null {
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const local = day(year, month, date);
  if (!local || m[7] === undefined) return local;
  const [hours, minutes] = [Number(m[4]), Number(m[5])];
  if (hours > 23 || minutes > 59) return null;
  const shift = VIETNAM_OFFSET_MINUTES - offsetMinutes(m[7]);
  const at = new Date(Date.UTC(year, month - 1, date, hours, minutes + shift));
  return day(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** The first date in a text, as YYYY-MM-DD; null when there is none or it is not a real day. */
export function firstDateIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const dayFirst = DAY_FIRST.exec(text);
  const iso = YEAR_FIRST.exec(text);
  if (dayFirst && (!iso || dayFirst.index < iso.index)) return day(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return iso ? yearFirst(iso) : null;
}
