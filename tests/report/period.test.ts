import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../lib/plan/docx';
import { inPeriod } from '../../lib/time/periods';
import { rangeReport, reportFor, reportPeriod, type ReportKind } from '../../lib/report/period';

const window = (p: { period: { from: string; to: string } }) => [p.period.from, p.period.to];

describe('report periods cut off on the 15th (chốt số liệu)', () => {
  it('gives each quarter, each half-year and the year their windows', () => {
    expect(window(reportPeriod('quarter', 2026, 1))).toEqual(['2025-12-15', '2026-03-14']);
    expect(window(reportPeriod('quarter', 2026, 2))).toEqual(['2026-03-15', '2026-06-14']);
    expect(window(reportPeriod('quarter', 2026, 4))).toEqual(['2026-09-15', '2026-12-14']);
    expect(window(reportPeriod('half', 2026, 1))).toEqual(['2025-12-15', '2026-06-14']);
    expect(window(reportPeriod('half', 2025, 2))).toEqual(['2025-06-15', '2025-12-14']);
    expect(window(reportPeriod('year', 2026))).toEqual(['2025-12-15', '2026-12-14']);
    expect(reportPeriod('quarter', 2026, 3).label).toBe('quý III năm 2026');
    expect(reportPeriod('half', 2026, 1).label).toBe('6 tháng đầu năm 2026');
    expect(reportPeriod('half', 2025, 2).label).toBe('6 tháng cuối năm 2025');
  });

  it('names the calendar period the portal publishes figures for', () => {
    expect(reportPeriod('quarter', 2026, 1).named).toEqual({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
    expect(reportPeriod('half', 2025, 2).named).toEqual({ kind: 'half', from: '2025-07-01', to: '2025-12-31' });
    expect(reportPeriod('year', 2025).named).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
  });

  it('finds the report of the period a date falls in, after the cut-off too', () => {
    const of = (kind: ReportKind, date: string) => reportFor(kind, date).label;
    expect(of('quarter', '2026-03-10')).toBe('quý I năm 2026');
    expect(of('quarter', '2026-03-20')).toBe('quý I năm 2026');
    expect(of('quarter', '2026-04-02')).toBe('quý II năm 2026');
    expect(of('quarter', '2026-01-05')).toBe('quý I năm 2026');
    expect(of('half', '2026-06-20')).toBe('6 tháng đầu năm 2026');
    expect(of('half', '2026-07-01')).toBe('6 tháng cuối năm 2026');
    expect(of('year', '2025-12-20')).toBe('năm 2025');
    // In the first days of a quarter its window already holds the figures since the 15th.
    expect(window(reportFor('quarter', '2026-04-02'))).toEqual(['2026-03-15', '2026-06-14']);
  });

  it('reports on a range of dates as given', () => {
    expect(rangeReport('2026-01-01', '2026-02-28')).toMatchObject({ kind: 'custom', year: 2026, label: 'từ ngày 01/01/2026 đến ngày 28/02/2026', period: { from: '2026-01-01', to: '2026-02-28' } });
    expect(() => rangeReport('2026-03-01', '2026-02-28')).toThrow(RangeError);
  });

  it('refuses a bad quarter, half or date', () => {
    expect(() => reportPeriod('quarter', 2026, 5)).toThrow(RangeError);
    expect(() => reportPeriod('half', 2026, 3)).toThrow(RangeError);
    expect(() => reportFor('quarter', '2026-02-30')).toThrow(RangeError);
  });
});

/*
 * The province's own reports: each is dated in the last month of the period it
 * covers ("ngày … tháng 3 năm 2026" for quý I), and every figure it dates
 * ("đến ngày 25/02/2026") lies inside the window, before the 14th of that month.
 */
const REPORTS = join(import.meta.dirname, '../../../shared/corpus/reports');
const corpus = [
  { file: 'lamdong-bc-cchc-quy1-2026.docx', kind: 'quarter' as const },
  { file: 'lamdong-bc-cchc-nam-2025.docx', kind: 'year' as const },
];

describe.skipIf(!existsSync(REPORTS))("the province's reports (read in place)", () => {
  for (const { file, kind } of corpus) {
    it(`${file}: the report of the month it is dated covers the period its title names`, () => {
      const text = docxToText(readFileSync(join(REPORTS, file))).replace(/\s+/g, ' ');
      const dated = /ngày\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/.exec(text)!;
      const month = `${dated[2]}-${dated[1].padStart(2, '0')}`;
      const report = reportFor(kind, `${month}-20`);
      // The title names the period: "Công tác cải cách hành chính quý I năm 2026".
      expect(text.toLowerCase()).toContain(`công tác cải cách hành chính ${report.label}`.toLowerCase());
      // Its window closes on the 14th of the month the report is dated.
      expect(report.period.to).toBe(`${month}-14`);
      const figuresUpTo = [...text.matchAll(/(?:thực hiện|giải ngân) đến (?:hết )?ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/g)].map(
        ([, d, m, y]) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
      );
      expect(figuresUpTo.length).toBeGreaterThan(0);
      for (const day of figuresUpTo) expect(inPeriod(day, report.period), day).toBe(true);
    });
  }
});
