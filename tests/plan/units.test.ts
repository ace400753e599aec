import { describe, expect, it } from 'vitest';
import { foldOcr, searchForm } from '../../lib/plan/normalise';
import { readAddressee, sameUnit, taskUnits, unitKey, unitName, units } from '../../lib/plan/units';

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

describe('units as written', () => {
  it('keeps the province level of a unit', () => {
    expect(unitName('Thanh tra tỉnh')).toBe('Thanh tra tỉnh');
    expect(unitName('Công an tỉnh')).toBe('Công an tỉnh');
    expect(unitName('Văn phòng UBND tỉnh')).toBe('Văn phòng UBND tỉnh');
    expect(unitName('Văn phòng UBND')).toBe('Văn phòng UBND');
    // Matching across spellings is unchanged: the key still ignores the level.
    expect(sameUnit('Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh')).toBe(true);
  });
  it('splits a cell into its units only where a unit name follows', () => {
    expect(units('Sở Tư pháp; UBND các xã, phường, đặc khu')).toEqual(['Sở Tư pháp', 'UBND các xã, phường, đặc khu']);
    expect(units('Sở Tư pháp, Văn phòng UBND tỉnh, Công an tỉnh')).toEqual(['Sở Tư pháp', 'Văn phòng UBND tỉnh', 'Công an tỉnh']);
    expect(units('Sở Văn hóa, Thể thao và Du lịch')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(units('Các sở, ban, ngành, địa phương; Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh.')).toEqual([
      'Các sở, ban, ngành, địa phương',
      'Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh',
    ]);
    expect(units('Văn phòng HĐND và UBND')).toEqual(['Văn phòng HĐND và UBND']);
    expect(units('Sở Nội vụ và Sở Tài chính')).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
    expect(units(' ')).toEqual([]);
  });
  it('counts every lead of a task that names several', () => {
    expect(taskUnits({ lead: 'Sở Tư pháp; UBND các xã, phường, đặc khu', partners: ['Sở Nội vụ'] })).toEqual(['Sở Tư pháp', 'UBND các xã, phường, đặc khu', 'Sở Nội vụ']);
    expect(taskUnits({ lead: null, partners: [] })).toEqual([]);
  });
});

describe('addressees of "Tổ chức thực hiện"', () => {
  it('reads the unit and its duty after a colon or before its verb', () => {
    expect(readAddressee('Sở Khoa học và Công nghệ: Chủ trì, phối hợp với các sở tổ chức sự kiện')).toEqual({
      unit: 'Sở Khoa học và Công nghệ',
      duty: 'Chủ trì, phối hợp với các sở tổ chức sự kiện',
    });
    expect(readAddressee('Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí')).toEqual({
      unit: 'Sở Văn hóa, Thể thao và Du lịch',
      duty: 'Chủ trì, phối hợp với các cơ quan báo chí',
    });
    expect(readAddressee('Giao Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh):')).toEqual({ unit: 'Sở Nội vụ', duty: '' });
    expect(readAddressee('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh căn cứ chức năng, nhiệm vụ tăng cường giám sát')?.unit).toBe('Ủy ban MTTQ Việt Nam tỉnh');
    expect(readAddressee('Phòng Tổ chức cán bộ có trách nhiệm tổng hợp')?.unit).toBe('Phòng Tổ chức cán bộ');
  });
  it('takes a heading of its own as the whole name', () => {
    expect(readAddressee('Các thành viên Ban chỉ đạo cải cách hành chính phường', true)?.unit).toBe('Các thành viên Ban chỉ đạo cải cách hành chính phường');
    expect(readAddressee('Trung tdm Phuc vu hanh chinh cong phuwong', true)?.unit).toBe('Trung tâm Phục vụ hành chính công');
  });
  it('is not fooled by headings and verbs that look like units', () => {
    expect(readAddressee('Công tác triển khai')).toBeNull();
    expect(readAddressee('Kinh phí thực hiện')).toBeNull();
    expect(readAddressee('Báo cáo UBND tỉnh (thông qua Sở Nội vụ) công tác tuyên truyền')).toBeNull();
    expect(readAddressee('Ban hành kế hoạch trước ngày 15/3/2026')).toBeNull();
    expect(readAddressee('Đối với chương trình “Đối thoại”: Định kỳ phát sóng')).toBeNull();
  });
});

describe('units in table cells', () => {
  it('drops an assignment made in another document and reads the leader as the unit', () => {
    expect(units('Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh')).toEqual([]);
    expect(units('Lãnh đạo\nSở Giáo dục và Đào tạo')).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(units('Lãnh đạo UBND phường Xuân Hương - Đà Lạt')).toEqual(['UBND phường Xuân Hương - Đà Lạt']);
  });
  it('does not take one kind of body for another', () => {
    expect(unitName('Sở Tài nguyên và Môi trường')).toBe('Sở Tài nguyên và Môi trường');
  });
});
