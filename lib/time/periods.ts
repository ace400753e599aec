import { fold } from '../text/fold';
import { translate, type Language } from '../i18n';
import { addDays, daysInclusive, formatDateVi, isoToUtc, utcToIso } from './dates';

/** Reporting periods as the plans define them; `from` and `to` are inclusive ISO dates. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'custom';
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROMAN = ['I', 'II', 'III', 'IV'];

function assertIso(date: string): void {
  if (!ISO_DATE.test(date) || utcToIso(isoToUtc(date)) !== date) {
    throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  }
}

function monthSpan(year: number, firstMonth: number, months: number): { from: string; to: string } {
  const from = utcToIso(Date.UTC(year, firstMonth - 1, 1));
  const to = addDays(utcToIso(Date.UTC(year, firstMonth - 1 + months, 1)), -1);
  return { from, to };
}

/** The month, quarter, half-year or year that contains `date`. */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, date: string): Period {
  assertIso(date);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'month':
      return { kind, ...monthSpan(year, month, 1) };
    case 'quarter':
      return { kind, ...monthSpan(year, Math.floor((month - 1) / 3) * 3 + 1, 3) };
    case 'half':
      return { kind, ...monthSpan(year, month <= 6 ? 1 : 7, 6) };
    case 'year':
      return { kind, ...monthSpan(year, 1, 12) };
  }
}

/** The month, quarter, half-year or year just before `period`; for a range, the range of as many days just before it. */
export function previousPeriod(period: Period): Period {
  const dayBefore = addDays(period.from, -1);
  if (period.kind === 'custom') return customPeriod(addDays(period.from, -periodDays(period)), dayBefore);
  return periodOf(period.kind, dayBefore);
}

/**
 * A period as a person picks it: this or the previous month, quarter,
 * half-year or year, or a range of dates. The side panel, the exports and the
 * report all choose through it.
 */
export type PeriodChoice =
  | { kind: Exclude<PeriodKind, 'custom'>; previous: boolean }
  | { kind: 'custom'; from: string; to: string };

export function chosenPeriod(choice: PeriodChoice, today: string): Period {
  if (choice.kind === 'custom') return customPeriod(choice.from, choice.to);
  const current = periodOf(choice.kind, today);
  return choice.previous ? previousPeriod(current) : current;
}

export function customPeriod(from: string, to: string): Period {
  assertIso(from);
  assertIso(to);
  if (from > to) throw new RangeError(`Kỳ không hợp lệ: ngày bắt đầu ${formatDateVi(from)} sau ngày kết thúc ${formatDateVi(to)}`);
  return { kind: 'custom', from, to };
}

/** The period as a report names it: "quý IV/2026", "Q4 2026" in English. */
export function periodLabel(period: Period, language: Language = 'vi'): string {
  const year = period.from.slice(0, 4);
  const month = Number(period.from.slice(5, 7));
  switch (period.kind) {
    case 'month':
      return translate(language, 'periodNameMonth', { month, year });
    case 'quarter':
      return translate(language, 'periodNameQuarter', { quarter: ROMAN[Math.floor((month - 1) / 3)], year });
    case 'half':
      return translate(language, month === 1 ? 'periodNameFirstHalf' : 'periodNameSecondHalf', { year });
    case 'year':
      return translate(language, 'periodNameYear', { year });
    case 'custom':
      return translate(language, 'periodNameCustom', { from: formatDateVi(period.from), to: formatDateVi(period.to) });
  }
}

export const inPeriod = (date: string, period: Period): boolean => date >= period.from && date <= period.to;

export const samePeriod = (a: Period, b: Period): boolean => a.from === b.from && a.to === b.to;

export const periodDays = (period: Period): number => daysInclusive(period.from, period.to);

/** Days of the period already lived through on `today` (0 before it starts). */
export function elapsedDays(period: Period, today: string): number {
  if (today < period.from) return 0;
  if (today > period.to) return periodDays(period);
  return daysInclusive(period.from, today);
}

const QUARTER_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Reads the period a portal prints beside its index figures ("Tháng 11/2026",
 * "Quý IV năm 2026", "6 tháng đầu năm 2026", "Năm 2026"), so that published
 * scores can be matched with the period being measured. Null when unreadable.
 */
export function parsePeriodLabel(text: string): Period | null {
  const t = fold(text);
  const month = /thang (\d{1,2})\s*(?:\/|-|nam)\s*(\d{4})/.exec(t);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    return periodOf('month', `${month[2]}-${month[1].padStart(2, '0')}-01`);
  }
  const quarter = /quy (iv|iii|ii|i|[1-4])\s*(?:\/|-|nam)\s*(\d{4})/.exec(t);
  if (quarter) {
    const firstMonth = (QUARTER_NUMBER[quarter[1]] - 1) * 3 + 1;
    return periodOf('quarter', `${quarter[2]}-${String(firstMonth).padStart(2, '0')}-01`);
  }
  const half = /6 thang (dau|cuoi) nam (\d{4})/.exec(t);
  if (half) return periodOf('half', `${half[2]}-${half[1] === 'dau' ? '01' : '07'}-01`);
  const year = /nam (\d{4})/.exec(t);
  if (year) return periodOf('year', `${year[1]}-01-01`);
  return null;
}
