import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../lib/export/csv';
import type { Table } from '../../lib/export/table';

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
});
