import { describe, expect, it } from 'vitest';
import { pageModules } from '../../lib/pages';
import { checkPage } from '../../lib/checks/page';
import { extractWith } from '../../lib/pages/extract';
import { headerKey } from '../../lib/views/readingNotes';
import type { Dossier } from '../../lib/schema/facts';
import { TODAY, fixtureIndex, loadFixture } from './load';

type Row = [string, string | null, Dossier['channel'], string, string, string, string | null, boolean, boolean | null, boolean | null, boolean | null, boolean | null, Dossier['rating']];
const dossier = ([code, procedureName, channel, status, receivedAt, dueAt, completedAt, resolved, onTime, eResult, digitized, dataReuse, rating]: Row): Dossier => ({
  code, procedureName, channel, status, receivedAt, dueAt, completedAt, resolved, onTime, eResult, digitized, dataReuse, rating,
});

const read = (file: string) => {
  const entry = fixtureIndex().find((e) => e.file === file)!;
  return checkPage(loadFixture(entry.file, entry.url), new URL(entry.url), [], TODAY).report;
};

describe('a list with a group header row over short labels, icons and badges (Angular Material table)', () => {
  const report = read('digo-dossier-table.html');
  it('reads every field of every row', () => {
    expect(report.kind).toBe('onestop.dossier_list');
    expect(report.dossiers).toEqual(
      ([
        ['000.00.12.H33-260601-0001', 'Đăng ký khai sinh', null, 'Đã trả kết quả', '2026-06-01', '2026-06-02', '2026-06-02', true, true, true, true, true, 'very_satisfied'],
        ['000.00.12.H33-260601-0002', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', null, 'Đã trả kết quả', '2026-06-01', '2026-06-01', '2026-06-03', true, false, false, false, false, 'satisfied'],
        ['000.00.12.H33-260603-0003', 'Đăng ký kết hôn', null, 'Đang xử lý', '2026-06-03', '2026-06-08', null, false, null, null, true, true, null],
        ['000.00.12.H33-260604-0004', 'Cấp bản sao trích lục hộ tịch', null, 'Đã trả kết quả', '2026-06-04', '2026-06-05', '2026-06-05', true, true, true, true, true, 'dissatisfied'],
      ] as Row[]).map(dossier),
    );
    // Every field a check needs was found; the list has no channel column, which no check needs.
    expect(report.notes).toBeUndefined();
  });
});

describe('an ARIA grid with aria-colspan groups, the shortest labels, icon classes, ✓/✗ and ISO date-times', () => {
  const report = read('digo-dossier-grid.html');
  it('reads every field of every row', () => {
    expect(report.dossiers).toEqual(
      ([
        ['000.00.12.H33-260610-0101', 'Đăng ký thường trú', 'online', 'Đã trả kết quả', '2026-06-10', '2026-06-12', '2026-06-12', true, true, true, true, true, null],
        ['000.00.12.H33-260610-0102', 'Đăng ký tạm trú', 'direct', 'Đã trả kết quả', '2026-06-10', '2026-06-11', '2026-06-15', true, false, false, false, false, null],
        ['000.00.12.H33-260611-0103', 'Xác nhận thông tin về cư trú', 'postal', 'Đang xử lý', '2026-06-11', '2026-06-16', null, false, null, null, true, true, null],
      ] as Row[]).map(dossier),
    );
  });
  it('says which field a check needs that no column gave, with the headers to point at', () => {
    expect(report.notes?.unread).toEqual(['rating']);
    expect(report.notes?.headers).toContain('Thời gian › Hẹn trả');
  });
});

describe('lists whose one cell writes the dossier as "label: value" lines (another vendor)', () => {
  it('reads the <br> lines of a "Thông tin hồ sơ" cell', () => {
    const report = read('vendor-dossier-composite.html');
    expect(report.dossiers).toEqual(
      ([
        ['000.00.20.H33-260701-0011', 'Đăng ký khai sinh', 'online', 'Đã trả kết quả', '2026-07-01', '2026-07-03', '2026-07-02', true, true, null, null, null, 'very_satisfied'],
        ['000.00.20.H33-260701-0012', 'Đăng ký kết hôn', 'direct', 'Đang xử lý', '2026-07-01', '2026-07-06', null, false, null, null, null, null, null],
        ['000.00.20.H33-260702-0013', 'Chứng thực chữ ký', 'online', 'Đã trả kết quả', '2026-07-02', '2026-07-03', '2026-07-06', true, false, null, null, null, 'dissatisfied'],
      ] as Row[]).map(dossier),
    );
    expect(report.notes?.unread).toEqual(['eResult', 'digitized', 'reuse']);
    // No finding is drawn from a field the page did not give.
    expect(report.findings.filter((f) => f.status === 'fail' && /eResult|digitized|dataReuse/.test(f.check))).toEqual([]);
  });

  it('reads the <p> lines of a "Hồ sơ" cell, with ISO dates and a chip', () => {
    const report = read('vendor-dossier-composite-list.html');
    expect(report.dossiers).toEqual(
      ([
        ['000.00.20.H33-260801-0021', 'Đăng ký thường trú', 'online', 'Đã trả kết quả', '2026-08-01', '2026-08-05', '2026-08-04', true, true, null, null, null, 'satisfied'],
        ['000.00.20.H33-260801-0022', 'Đăng ký tạm trú', 'postal', 'Đã trả kết quả', '2026-08-01', '2026-08-02', '2026-08-07', true, false, null, null, null, null],
      ] as Row[]).map(dossier),
    );
  });
});

describe('a list whose due-date header the vocabulary does not know', () => {
  const entry = fixtureIndex().find((e) => e.file === 'vendor-dossier-unknown-due.html')!;
  const url = new URL(entry.url);

  it('is read, says it could not read the due date, and draws no finding from it', () => {
    const { report } = checkPage(loadFixture(entry.file, entry.url), url, [], TODAY);
    expect(report.dossiers?.map((d) => [d.dueAt, d.onTime])).toEqual([[null, null], [null, null], [null, null]]);
    expect(report.notes?.unread).toEqual(['due']);
    expect(report.notes?.headers).toContain('Thời điểm phải trả');
    expect(report.findings.filter((f) => f.check === 'onTime' && f.status === 'fail')).toEqual([]);
  });

  it('uses the column the person pointed at, from then on', () => {
    const doc = loadFixture(entry.file, entry.url);
    const extracted = extractWith(pageModules, doc, url, { due: headerKey('Thời điểm phải trả') });
    expect(extracted?.facts.dossiers?.map((d) => [d.dueAt, d.onTime])).toEqual([
      ['2026-09-02', false],
      ['2026-09-03', true],
      ['2026-09-05', null],
    ]);
    expect(extracted?.facts.notes).toBeUndefined();
  });
});
