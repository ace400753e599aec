import { describe, expect, it } from 'vitest';
import { reportPeriod, reportPeriodOn } from '../../lib/report/period';

const window = (p: { period: { from: string; to: string } }) => [p.period.from, p.period.to];

describe('report periods cut off on the 15th (chốt số liệu)', () => {
  it('gives each quarter, the first half and the year their windows', () => {
    expect(window(reportPeriod('quarter', 2026, 1))).toEqual(['2025-12-15', '2026-03-14']);
    expect(window(reportPeriod('quarter', 2026, 2))).toEqual(['2026-03-15', '2026-06-14']);
    expect(window(reportPeriod('quarter', 2026, 4))).toEqual(['2026-09-15', '2026-12-14']);
    expect(window(reportPeriod('half', 2026))).toEqual(['2025-12-15', '2026-06-14']);
    expect(window(reportPeriod('year', 2026))).toEqual(['2025-12-15', '2026-12-14']);
    expect(reportPeriod('quarter', 2026, 3).label).toBe('quý III năm 2026');
    expect(reportPeriod('half', 2026).label).toBe('6 tháng đầu năm 2026');
  });

  it('finds the report a date belongs to across the cut-off', () => {
    expect(reportPeriodOn('quarter', '2026-03-14').label).toBe('quý I năm 2026');
    expect(reportPeriodOn('quarter', '2026-03-15').label).toBe('quý II năm 2026');
    expect(reportPeriodOn('quarter', '2025-12-15').label).toBe('quý I năm 2026');
    expect(reportPeriodOn('year', '2025-12-14').label).toBe('năm 2025');
    expect(reportPeriodOn('year', '2025-12-15').label).toBe('năm 2026');
  });

  it('refuses a bad quarter or date', () => {
    expect(() => reportPeriod('quarter', 2026, 5)).toThrow(RangeError);
    expect(() => reportPeriodOn('quarter', '2026-02-30')).toThrow(RangeError);
  });
});
