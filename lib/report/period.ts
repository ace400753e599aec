import { formatDateVi, isoToUtc, utcToIso } from '../time/dates';
import { customPeriod, periodOf, type Period } from '../time/periods';

/** The periods of the periodic CCHC report: quý I–IV, 6 tháng đầu / cuối năm, năm. */
export type ReportKind = 'quarter' | 'half' | 'year';
export const REPORT_KINDS: readonly ReportKind[] = ['quarter', 'half', 'year'];

export interface ReportPeriod {
  /** 'custom': a range of dates the person chose, reported as it is. */
  kind: ReportKind | 'custom';
  year: number;
  /** 1–4 for a quarter, 1–2 for a half-year; null for a year or a range. */
  part: number | null;
  /** "quý I năm 2026", "6 tháng cuối năm 2025", "năm 2026": as the report's title names it. */
  label: string;
  /** The data window (chốt số liệu), inclusive ISO dates. */
  period: Period;
  /** The calendar period the label names (quý I: 01/01–31/3), the one the portal publishes its index for. */
  named: Period;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const iso = (year: number, month: number, day: number) => utcToIso(Date.UTC(year, month - 1, day));

function checkPart(kind: ReportKind, part: number | null): number | null {
  const parts = kind === 'quarter' ? 4 : kind === 'half' ? 2 : 0;
  if (parts === 0) return null;
  if (part === null || !Number.isInteger(part) || part < 1 || part > parts) throw new RangeError(`${kind === 'quarter' ? 'Quý' : '6 tháng'} không hợp lệ: ${part}`);
  return part;
}

/**
 * Figures of a periodic report are cut off as Nghị định 09/2019/NĐ-CP sets:
 * from the 15th of the last month of the period before to the 14th of the
 * period's last month (quý I: 15/12–14/3, quý II: 15/3–14/6; 6 tháng đầu năm:
 * 15/12–14/6, cuối năm: 15/6–14/12; năm: 15/12–14/12). The report is written
 * in that last month, once the window has closed.
 */
export function reportPeriod(kind: ReportKind, year: number, part: number | null = null): ReportPeriod {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`Năm không hợp lệ: ${year}`);
  const n = checkPart(kind, part);
  const months = kind === 'quarter' ? 3 : kind === 'half' ? 6 : 12;
  const last = (n ?? 1) * months;
  const label = kind === 'quarter' ? `quý ${ROMAN[n! - 1]} năm ${year}` : kind === 'half' ? `6 tháng ${n === 1 ? 'đầu' : 'cuối'} năm ${year}` : `năm ${year}`;
  const window: Period = { kind: 'custom', from: iso(year, last - months, 15), to: iso(year, last, 14) };
  return { kind, year, part: n, label, period: window, named: periodOf(kind, iso(year, last, 1)) };
}

/** A report on a range of dates the person chose: its figures are the range's, its title names the dates. */
export function rangeReport(from: string, to: string): ReportPeriod {
  const period = customPeriod(from, to);
  return { kind: 'custom', year: Number(to.slice(0, 4)), part: null, label: `từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}`, period, named: period };
}

/**
 * The report of the period `date` falls in, by the calendar: a quý I report
 * is dated in March, after the 14/3 cut-off too; in the first days of April
 * the quý II window already holds the figures since 15/3.
 */
export function reportFor(kind: ReportKind, date: string): ReportPeriod {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || utcToIso(isoToUtc(date)) !== date) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  const month = Number(date.slice(5, 7));
  const year = Number(date.slice(0, 4));
  return reportPeriod(kind, year, kind === 'year' ? null : Math.ceil(month / (kind === 'quarter' ? 3 : 6)));
}

export const windowText = (p: ReportPeriod): string => `từ ngày ${formatDateVi(p.period.from)} đến ngày ${formatDateVi(p.period.to)}`;
