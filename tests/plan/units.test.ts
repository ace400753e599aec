import { describe, expect, it } from 'vitest';
import { foldOcr, searchForm } from '../../lib/plan/normalise';
import { sameUnit, unitKey, unitName } from '../../lib/plan/units';

describe('Vietnamese normaliser', () => {
  it('folds diacritics and đ', () => {
    expect(foldOcr('Tỷ lệ  ĐẠT tối thiểu')).toBe('ty le dat toi thieu');
  });
  it('repairs OCR confusions', () => {
    expect(foldOcr('ty 1& khai thac')).toBe('ty le khai thac');
    expect(foldOcr('dat t6i thiéu 80%')).toBe('dat toi thieu 80%');
    expect(foldOcr('nim 2026')).toBe('nam 2026');
    expect(foldOcr('S6 hoa, quan 1y, dugc')).toBe('so hoa, quan ly, duoc');
    expect(foldOcr('tir 90% trd 1én')).toBe('tir 90% tro len');
  });
  it('leaves numbers, dates and document numbers alone', () => {
    expect(foldOcr('02/NQ-CP ngày 08/01/2026, 5G, 24/7')).toBe('02/nq-cp ngay 08/01/2026, 5g, 24/7');
  });
  it('keeps the length of the original so matches map back', () => {
    const text = 'Phấn đấu giải ngân hết 100% kế hoạch vốn\nxir Iy';
    expect(searchForm(text)).toHaveLength(text.length);
  });
});

describe('unit names', () => {
  it('gives one key to every spelling of Phòng Văn hóa - Xã hội', () => {
    for (const spelling of ['Phòng VH-XH', 'Phòng Văn hóa - Xã hội', 'Phong Van hoa - Xa hoi', 'Phòng Văn hóa – Xã hội phường', 'Phong Vin hoa - Xa h¢i phudng']) {
      expect(unitKey(spelling)).toBe('phong van hoa - xa hoi');
    }
  });
  it('expands abbreviations', () => {
    expect(sameUnit('Phòng KT, HT và ĐT', 'Phòng Kinh tế, Hạ tầng và Đô thị')).toBe(true);
    expect(sameUnit('VP HĐND và UBND', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân')).toBe(true);
    expect(sameUnit('Trung tâm PVHCC', 'Trung tâm Phục vụ hành chính công xã')).toBe(true);
    expect(sameUnit('Ủy ban MTTQ Việt Nam phường', 'Ủy ban Mặt trận Tổ quốc Việt Nam')).toBe(true);
  });
  it('keeps different units apart', () => {
    expect(sameUnit('Phòng Kinh tế', 'Phòng Kinh tế, Hạ tầng và Đô thị')).toBe(false);
    expect(sameUnit('Phòng Văn hóa - Xã hội', 'Phòng Nội vụ')).toBe(false);
  });
  it('shows the proper name of a known unit, else the name as written', () => {
    expect(unitName('Phong Kinh té, Ha ting va D6 thi phuwong')).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(unitName('Đề nghị Ủy ban MTTQ Việt Nam xã')).toBe('Ủy ban MTTQ Việt Nam');
    expect(unitName('Chi cục Thi hành án dân sự khu vực 1;')).toBe('Chi cục Thi hành án dân sự khu vực 1');
  });
});
