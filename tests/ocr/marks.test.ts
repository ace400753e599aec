import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../lib/ocr/layout';
import { repairMarks } from '../../lib/ocr/marks';

/** A line of an OCR'd page, its cells given as texts. */
function line(...texts: string[]): OcrLine {
  const cells = texts.map((text, i) => ({ text, box: { x: 100 + i * 1200, y: 500, width: 1000, height: 60 } }));
  return { page: 1, text: texts.join(texts.length >= 3 ? '\t' : '   '), box: { x: 100, y: 500, width: 2200, height: 60 }, confidence: 90, cells };
}

describe('marks the OCR engine gets wrong', () => {
  it('repairs hỏi read as sắc and a lost hỏi, keeping what the engine read', () => {
    const [fixed] = repairMarks([line('Phòng Văn hóa - Xã hội chủ trì tố chức kiếm tra công tác cải cách hành chính')]);
    expect(fixed.text).toBe('Phòng Văn hóa - Xã hội chủ trì tổ chức kiểm tra công tác cải cách hành chính');
    expect(fixed.cells[0].text).toBe(fixed.text);
    expect(fixed.original).toBe('Phòng Văn hóa - Xã hội chủ trì tố chức kiếm tra công tác cải cách hành chính');
    expect(repairMarks([line('Tỷ lệ hồ sơ trực tuyến đạt tối thiếu 80%')])[0].text).toBe('Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%');
    expect(repairMarks([line('Ủy ban nhân dân tinh Lạng Sơn')])[0].text).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(repairMarks([line('Hoàn thành các chi tiêu được giao')])[0].text).toBe('Hoàn thành các chỉ tiêu được giao');
  });

  it('never changes numbers, dates or document numbers, and keeps the cells apart', () => {
    const head = line('Số: 49/KH-UBND', 'Tam Thanh, ngày 10 tháng 02 năm 2026');
    const [same] = repairMarks([head]);
    expect(same).toBe(head);
    const [row] = repairMarks([line('1', 'Tố chức kiểm tra theo Quyết định 132/QĐ-UBND ngày 05/3/2026', 'Quý I/2026')]);
    expect(row.text).toBe('1\tTổ chức kiểm tra theo Quyết định 132/QĐ-UBND ngày 05/3/2026\tQuý I/2026');
    expect(row.cells.map((c) => c.text)).toEqual(['1', 'Tổ chức kiểm tra theo Quyết định 132/QĐ-UBND ngày 05/3/2026', 'Quý I/2026']);
  });

  it('leaves a correct line as it is', () => {
    const right = line('Đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp');
    expect(repairMarks([right])[0]).toBe(right);
  });
});
