import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../lib/plan/docx';
import { documentToText } from '../../lib/plan/html';
import { cell, tableLines, tableOfLines, type Table } from '../../lib/plan/table';
import { taskRows } from '../../lib/plan/taskTable';
import { docx, table } from './makeDocx';

const header = ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
const row = (...texts: string[]) => texts.map((t) => cell(t));

/** An appendix as Word lays it out: a group row, a task over two rows (merged number and title), a repeated header. */
const appendix: Table = {
  rows: [
    row(...header),
    [cell('I'), cell('Cải cách thủ tục hành chính', 1, 6)],
    [cell('1', 2), cell('Ban hành kế hoạch kiểm tra', 2), cell('Kế hoạch kiểm tra'), cell('Trong tháng 01/2026'), cell('Sở Nội vụ'), cell('Các sở, ngành'), cell('Sở Nội vụ')],
    row('Kế hoạch tự kiểm tra', 'Trong tháng 02/2026', 'Các sở, ngành', '', 'Sở Nội vụ'),
    row(...header),
    [cell('2'), cell('Công bố thủ tục'), cell('Quyết định'), cell('Thường xuyên'), cell('Theo phân công tại Quyết định số 12/QĐ-UBND', 1, 2), cell('Văn phòng UBND tỉnh')],
    row('(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'),
    [cell('II'), cell('Chính quyền số', 1, 6)],
    row('1', 'Kết nối dữ liệu', '', 'Năm 2026', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp\nCông an tỉnh', ''),
  ],
};

describe('task tables', () => {
  it('reads group rows as areas, merged rows as one task, further unit columns by their header', () => {
    const rows = taskRows(appendix)!;
    expect(rows.map((r) => [r.number, r.title, r.area, r.group])).toEqual([
      ['1', 'Ban hành kế hoạch kiểm tra', 'procedure', 'Cải cách thủ tục hành chính'],
      ['2', 'Công bố thủ tục', 'procedure', 'Cải cách thủ tục hành chính'],
      ['1', 'Kết nối dữ liệu', 'digital_government', 'Chính quyền số'],
    ]);
    expect(rows[0].parts).toEqual([
      { output: 'Kế hoạch kiểm tra', deadline: 'Trong tháng 01/2026', lead: 'Sở Nội vụ', partners: 'Các sở, ngành' },
      { output: 'Kế hoạch tự kiểm tra', deadline: 'Trong tháng 02/2026', lead: 'Các sở, ngành', partners: '' },
    ]);
    expect(rows[0].others).toEqual([{ header: 'Theo dõi, kiểm tra, đôn đốc', text: 'Sở Nội vụ' }]);
    // A cell spanning the lead and partner columns is the lead's; the column after it keeps its own.
    expect(rows[1].parts).toEqual([{ output: 'Quyết định', deadline: 'Thường xuyên', lead: 'Theo phân công tại Quyết định số 12/QĐ-UBND', partners: '' }]);
    expect(rows[1].others[0].text).toBe('Văn phòng UBND tỉnh');
    expect(rows[2].parts[0].partners).toBe('Sở Tư pháp\nCông an tỉnh');
    expect(rows[0].headers.deadline).toBe('Thời gian hoàn thành');
  });

  it('reads the same tasks from the table written as text, from Word and from a web page', () => {
    const fromModel = taskRows(appendix)!;
    const fromText = taskRows(tableOfLines(tableLines(appendix)))!;
    const strip = (rows: typeof fromModel) => rows.map((r) => ({ ...r, text: '', parts: r.parts.map((p) => ({ ...p, partners: p.partners.replace(/\n/g, '; ') })) }));
    expect(strip(fromText)).toEqual(strip(fromModel));

    const word = docxToText(
      docx(
        table([
          header.map((text) => ({ text })),
          [{ text: 'I' }, { text: 'Cải cách thủ tục hành chính', span: 6 }],
          [{ text: '1', merge: 'restart' }, { text: 'Ban hành kế hoạch kiểm tra', merge: 'restart' }, { text: 'Kế hoạch kiểm tra' }, { text: 'Trong tháng 01/2026' }, { text: 'Sở Nội vụ' }, { text: 'Các sở, ngành' }, { text: 'Sở Nội vụ' }],
          [{ text: '', merge: 'continue' }, { text: '', merge: 'continue' }, { text: 'Kế hoạch tự kiểm tra' }, { text: 'Trong tháng 02/2026' }, { text: 'Các sở, ngành' }, { text: '' }, { text: 'Sở Nội vụ' }],
        ]),
      ),
    );
    const window = new Window({ url: 'https://qlvb.example.gov.vn/' });
    window.document.write(`<body><article><h1>KẾ HOẠCH</h1>
      <p>Cải cách hành chính năm 2026: kế hoạch kiểm tra công tác cải cách hành chính của các sở, ngành, địa phương, với phân công thực hiện theo phụ lục dưới đây.</p>
      <p>PHỤ LỤC: Phân công thực hiện nhiệm vụ của các cơ quan, đơn vị, địa phương trong năm, kèm theo kế hoạch này.</p><table>
      <tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>
      <tr><td>I</td><td colspan="6">Cải cách thủ tục hành chính</td></tr>
      <tr><td rowspan="2">1</td><td rowspan="2">Ban hành kế hoạch kiểm tra</td><td>Kế hoạch kiểm tra</td><td>Trong tháng 01/2026</td><td>Sở Nội vụ</td><td>Các sở, ngành</td><td>Sở Nội vụ</td></tr>
      <tr><td>Kế hoạch tự kiểm tra</td><td>Trong tháng 02/2026</td><td>Các sở, ngành</td><td></td><td>Sở Nội vụ</td></tr>
    </table></article></body>`);
    const page = documentToText(window.document as unknown as Document);
    const first = (text: string) => taskRows(tableOfLines(text.split('\n').filter((l) => l.startsWith('|'))))!.map((r) => ({ ...r, text: '' }));
    expect(first(word)).toEqual(first(page));
    expect(first(word)[0].parts.map((p) => p.lead)).toEqual(['Sở Nội vụ', 'Các sở, ngành']);
  });

  it('reads an inline schedule whose units column is "Trách nhiệm thực hiện" and whose header carries the year', () => {
    const rows = taskRows(tableOfLines(['| TT | Nội dung | Trách nhiệm thực hiện | Thời gian (Năm 2026) |', '| 1 | Đối thoại trực tuyến | Lãnh đạo Sở Y tế | ngày 23 tháng 1 |']))!;
    expect(rows).toHaveLength(1);
    expect(rows[0].parts[0]).toEqual({ output: '', deadline: 'ngày 23 tháng 1', lead: 'Lãnh đạo Sở Y tế', partners: '' });
    expect(rows[0].headers.deadline).toBe('Thời gian (Năm 2026)');
  });

  it('reads a header of two rows: units split into "Chủ trì" and "Phối hợp"', () => {
    const rows = taskRows({
      rows: [
        [cell('TT', 2), cell('Nội dung', 2), cell('Đơn vị thực hiện', 1, 2), cell('Thời hạn', 2)],
        row('Chủ trì', 'Phối hợp'),
        row('1', 'Rà soát thủ tục', 'Sở Tư pháp', 'Văn phòng UBND tỉnh', 'Quý II/2026'),
      ],
    })!;
    expect(rows[0].parts[0]).toEqual({ output: '', deadline: 'Quý II/2026', lead: 'Sở Tư pháp', partners: 'Văn phòng UBND tỉnh' });
  });

  it('is not a task table without task and unit columns', () => {
    expect(taskRows(tableOfLines(['| Chỉ tiêu | Năm 2025 | Năm 2026 |', '| Tỷ lệ hồ sơ đúng hạn | 95% | 98% |']))).toBeNull();
    expect(taskRows(tableOfLines(['| Nơi nhận: | KT. CHỦ TỊCH |']))).toBeNull();
  });
});
