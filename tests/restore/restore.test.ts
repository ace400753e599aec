import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksOcrDamaged, restoreText } from '../../lib/restore';
import { goldPair, syllablesRight } from '../../scripts/bench/restoreAccuracy';
import { buildProjectModel } from '../../scripts/restore-model';

describe('restoreText on OCR that lost its diacritics', () => {
  it.each([
    ['Tham muu t6 chirc danh gia, chdm diém Chi s6 CCHC nam 2026', 'Tham mưu tổ chức đánh giá, chấm điểm Chỉ số CCHC năm 2026'],
    ['Ty 1& khai thac, st dung lai thong tin, dit lidu s6 hoa dat t6i thiéu 80%', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 80%'],
    ['KE HOACH cai cach hanh chinh nam 2026', 'KẾ HOẠCH cải cách hành chính năm 2026'],
    ['Chu tri: Phong Van hoa - Xa hoi; phéi hop: cac co quan, don vi', 'Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: các cơ quan, đơn vị'],
    ['100% hd so dugc s6 hoa va tra két qua dién tir', '100% hồ sơ được số hóa và trả kết quả điện tử'],
    ['Kiém tra cong tac CCHC tai cac co quan, don vi trén dia ban', 'Kiểm tra công tác CCHC tại các cơ quan, đơn vị trên địa bàn'],
  ])('%s', (ocr, expected) => {
    expect(restoreText(ocr)).toBe(expected);
  });

  it('never changes numbers, dates, percentages or document numbers', () => {
    const line = 'Thuc hién Ké hoach s6 29/KH-UBND ngay 30/01/2026, Nghi quyét 60-NQ/TU, giai doan 2021-2030: dat 100%, 2.1. va 132/QP-UBND';
    const restored = restoreText(line);
    for (const kept of ['29/KH-UBND', '30/01/2026', '60-NQ/TU', '2021-2030', '100%', '2.1.', '132/QP-UBND']) {
      expect(restored).toContain(kept);
      expect(restored.indexOf(kept)).toBeGreaterThan(0);
    }
    expect(restored).toBe('Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2026, Nghị quyết 60-NQ/TU, giai đoạn 2021-2030: đạt 100%, 2.1. và 132/QP-UBND');
  });

  it('keeps every line, blank and leading spaces included', () => {
    const text = ' PHUONG TAM THANH\r\n\nS6: 49/KH-UBND\n\n   - Tiép tuc cu thé hoa\n \n';
    const restored = restoreText(text);
    expect(restored.split('\n').length).toBe(text.split('\n').length);
    expect(restored.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(restored).toContain('\r\n\nSố: 49/KH-UBND\n\n   - Tiếp tục cụ thể hóa\n \n');
  });

  it('tells damaged text from typed Vietnamese', () => {
    expect(looksOcrDamaged('Tham muu to chuc danh gia, cham diem Chi so CCHC nam 2026 cua phuong theo huong dan')).toBe(true);
    expect(looksOcrDamaged('Tham mưu tổ chức đánh giá, chấm điểm Chỉ số CCHC năm 2026 của phường theo hướng dẫn')).toBe(false);
  });
});

describe('restoreText on text that kept its marks (what an OCR engine itself gets wrong)', () => {
  it('repairs hỏi read as sắc and a lost hỏi, and leaves right words alone', () => {
    expect(restoreText('Phòng Văn hóa - Xã hội chủ trì tố chức kiếm tra công tác cải cách hành chính')).toBe(
      'Phòng Văn hóa - Xã hội chủ trì tổ chức kiểm tra công tác cải cách hành chính',
    );
    expect(restoreText('Tỷ lệ hồ sơ trực tuyến đạt tối thiếu 80%')).toBe('Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%');
    expect(restoreText('Kế hoạch của UBND tinh Lạng Sơn; Ban chi đạo cải cách hành chính; tinh thần trách nhiệm')).toBe(
      'Kế hoạch của UBND tỉnh Lạng Sơn; Ban chỉ đạo cải cách hành chính; tinh thần trách nhiệm',
    );
  });

  it('does not touch a correct sentence', () => {
    const typed = 'Ủy ban nhân dân xã giao Văn phòng HĐND và UBND chủ trì, phối hợp với Công an xã rà soát dữ liệu dân cư.';
    expect(restoreText(typed)).toBe(typed);
  });
});

describe('the gold text', () => {
  it('has at least 95% of its syllables right after restoring the OCR (the raw OCR has about 13%)', () => {
    const { ocr, gold } = goldPair();
    expect(syllablesRight(ocr, gold)).toBeLessThan(0.2);
    expect(syllablesRight(restoreText(ocr), gold)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the committed model', () => {
  it('is what scripts/restore-model.ts builds from the project and the dictionary', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../lib/restore/model.json'), 'utf8'));
    expect(buildProjectModel(), 'the training text changed: run `npm run -s restore-model` and commit lib/restore/model.json').toEqual(committed);
  });
});
