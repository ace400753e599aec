import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/checks/page';
import type { Dossier } from '../../lib/schema/facts';
import { TODAY, fixtureIndex, loadFixture } from './load';

const read = (file: string) => {
  const entry = fixtureIndex().find((e) => e.file === file)!;
  return checkPage(loadFixture(entry.file, entry.url), new URL(entry.url), [], TODAY).report;
};
const pick = (d: Dossier, keys: (keyof Dossier)[]) => Object.fromEntries(keys.map((k) => [k, d[k]]));

describe('detail pages with a components table', () => {
  it('a dossier whose component was reused from the national data store reuses data, and is digitised', () => {
    const [d] = read('motcua-dossier-detail-components.html').dossiers!;
    expect(d).toEqual({
      code: '000.00.12.H33-260615-0042', procedureName: 'Đăng ký khai sinh', channel: 'online', status: 'Đang xử lý',
      receivedAt: '2026-06-15', dueAt: '2026-06-16', completedAt: null, resolved: false, onTime: null,
      eResult: null, digitized: true, dataReuse: true, rating: null,
    });
  });

  it('one component not digitised: not digitised; one reused: reuses data (ARIA grid, ISO dates)', () => {
    const [d] = read('onestop-dossier-detail-components-grid.html').dossiers!;
    expect(d).toEqual({
      code: '000.00.12.H33-260620-0077', procedureName: 'Đăng ký kết hôn', channel: null, status: 'Đã trả kết quả',
      receivedAt: '2026-06-20', dueAt: '2026-06-23', completedAt: '2026-06-22', resolved: true, onTime: true,
      eResult: null, digitized: false, dataReuse: true, rating: null,
    });
  });
});

// Pages where a careless reader gives a definite answer; the right answer is null (each page's comment says why).
describe('near misses: unknown is better than wrong', () => {
  it("a components header is no label, an empty value takes nothing from the next row, 'Kết quả' is not e-result", () => {
    const report = read('nearmiss-dossier-detail.html');
    const [d] = report.dossiers!;
    expect(pick(d, ['dueAt', 'onTime', 'eResult', 'digitized', 'dataReuse'])).toEqual({ dueAt: null, onTime: null, eResult: null, digitized: null, dataReuse: null });
    expect(d.completedAt).toBe('2026-06-26');
    expect(report.findings.filter((f) => f.status === 'fail')).toEqual([]);
  });

  it("another table's columns and a meaningless icon give no dossier a due date, e-result or rating", () => {
    const report = read('nearmiss-dossier-list.html');
    for (const d of report.dossiers!) expect(pick(d, ['dueAt', 'onTime', 'eResult', 'rating'])).toEqual({ dueAt: null, onTime: null, eResult: null, rating: null });
    expect(report.dossiers).toHaveLength(2);
    expect(report.findings.filter((f) => f.status === 'fail' && f.subject !== 'list')).toEqual([]);
  });
});
