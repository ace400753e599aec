import { formatDateVi, isoToUtc, utcToIso } from '../time/dates';
import type { Period } from '../time/periods';

/** The periods of the periodic CCHC report: quý I–IV, 6 tháng đầu năm, năm. */
export type ReportKind = 'quarter' | 'half' | 'year';
export const REPORT_KINDS: readonly ReportKind[] = ['quarter', 'half', 'year'];

export interface ReportPeriod {
  kind: ReportKind;
  year: number;
  /** 1–4 for a quarter. */
  quarter: number | null;
  /** "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026": as the report's title names it. */
  label: string;
  /** The data window (chốt số liệu), inclusive ISO dates. */
  period: Period;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const iso = (year: number, month: number, day: number) => utcToIso(Date.UTC(year, month - 1, day));

/**
 * Figures of a periodic report are cut off as Nghị định 09/2019/NĐ-CP sets:
 * from the 15th of the month before the period to the 14th of its last month
 * (a quarter: 15/12–14/3, 15/3–14/6, …; 6 tháng: 15/12–14/6; năm: 15/12–14/12).
 */
export function reportPeriod(kind: ReportKind, year: number, quarter: number | null = null): ReportPeriod {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`Năm không hợp lệ: ${year}`);
  if (kind === 'quarter') {
    if (quarter === null || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`Quý không hợp lệ: ${quarter}`);
    const last = quarter * 3;
    return { kind, year, quarter, label: `quý ${ROMAN[quarter - 1]} năm ${year}`, period: { kind: 'custom', from: iso(year, last - 3, 15), to: iso(year, last, 14) } };
  }
  const to = kind === 'half' ? iso(year, 6, 14) : iso(year, 12, 14);
  return { kind, year, quarter: null, label: kind === 'half' ? `6 tháng đầu năm ${year}` : `năm ${year}`, period: { kind: 'custom', from: iso(year - 1, 12, 15), to } };
}

/**
 * The report whose cut-off window holds `date` (15/12/2025 already counts in
 * quý I/2026). "6 tháng" is the first half of that year: the regime has no
 * report for the second half, which the annual report covers.
 */
export function reportPeriodOn(kind: ReportKind, date: string): ReportPeriod {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || utcToIso(isoToUtc(date)) !== date) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7)) + (Number(date.slice(8)) >= 15 ? 1 : 0);
  if (month > 12) {
    month = 1;
    year += 1;
  }
  return reportPeriod(kind, year, kind === 'quarter' ? Math.floor((month - 1) / 3) + 1 : null);
}

export const windowText = (p: ReportPeriod): string => `từ ngày ${formatDateVi(p.period.from)} đến ngày ${formatDateVi(p.period.to)}`;
