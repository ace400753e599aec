import { describe, expect, it } from 'vitest';
import { ParsedPlan } from '../../lib/schema/plan';
import { parsePlan } from '../../lib/plan/parse';
import { sameUnit } from '../../lib/plan/units';
import { fixture } from './helpers';

describe('unseen style: typed sở plan with field lines and a Phụ lục table', () => {
  const parsed = parsePlan(fixture('so-noi-vu-2026.txt'));

  it('validates and reads the header of a sở/ngành plan that replaces another', () => {
    expect(ParsedPlan.safeParse(parsed).success).toBe(true);
    expect(parsed.plan).toMatchObject({
      number: '15/KH-SNV',
      level: 'so_nganh',
      date: '2026-01-20',
      year: 2026,
      implements: ['29/KH-UBND'],
      replaces: ['08/KH-SNV'],
    });
  });

  it('keeps counts with a bound and drops list counts, 24/7 and periods', () => {
    expect(parsed.targets.map((t) => [t.value, t.comparator, t.unit, t.indicator])).toEqual([
      [2, 'gte', 'lớp', null],
      [98, 'gt', '%', 'procedure.on_time_rate'],
      [5, 'lte', 'ngày', null],
    ]);
  });

  it('reads numbered tasks with their field lines', () => {
    const [first, second] = parsed.tasks.filter((t) => t.source === 'nhiem_vu');
    expect(first).toMatchObject({
      title: 'Xây dựng, ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026',
      lead: 'Văn phòng Sở',
      output: 'Kế hoạch',
      deadline: { kind: 'date', to: '2026-02-28' },
    });
    expect(first.partners).toEqual(['Phòng Tổ chức cán bộ', 'Thanh tra']);
    expect(second.deadline).toMatchObject({ kind: 'recurring', every: 'quarter' });
  });

  it('reads the appendix table by its header row', () => {
    const rows = parsed.tasks.filter((t) => t.source === 'phu_luc');
    expect(rows.map((t) => [t.lead, t.deadline?.kind, t.area])).toEqual([
      ['Phòng Văn hóa - Xã hội', 'quarter', 'procedure'],
      ['Trung tâm Phục vụ hành chính công', 'recurring', 'procedure'],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', 'on_request', 'procedure'],
    ]);
    expect(rows[0].partners).toEqual(['Văn phòng HĐND và UBND']);
    expect(rows[0].deadline).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
  });

  it('reads unit responsibilities and a relative deadline in a duty', () => {
    expect(parsed.responsibilities.map((r) => r.unit)).toEqual(['Văn phòng Sở', 'Phòng Tổ chức cán bộ']);
    const duty = parsed.tasks.find((t) => t.source === 'to_chuc_thuc_hien' && t.lead === 'Phòng Tổ chức cán bộ');
    expect(duty?.deadline?.kind).toBe('relative');
  });
});

describe('seed An Tường: appendix table flattened by OCR', () => {
  const parsed = parsePlan(fixture('an-tuong-6-thang-cuoi-2025.txt'));
  const rows = parsed.tasks.filter((t) => t.source === 'phu_luc');

  it('finds one task per row that ends in a deadline cell', () => {
    expect(rows.map((t) => t.deadline?.text)).toEqual([
      'Quy 111-1V//2025',
      'Quy 111-1Vv/2025',
      'Quy I-1V/2025',
      'Quy 11-1Vv/2025',
      'Quy H1-1V/2025',
      'Quy I1-1Vv/2025',
      'Quy I1-1Vv/2025',
      'Quy 11-1Vv/2025',
      'Quy 111/2025',
      'Thuong xuyén',
      'Thuong xuyén',
      'Théng 10/2025',
    ]);
    expect(rows[8].deadline).toMatchObject({ kind: 'quarter', from: '2025-07-01', to: '2025-09-30' });
    expect(rows[11].deadline).toMatchObject({ kind: 'month', from: '2025-10-01', to: '2025-10-31' });
  });

  it('takes the lead unit from the row where OCR left it readable', () => {
    // Row IV.1: sắp xếp đơn vị sự nghiệp theo Nghị quyết 19-NQ/TW.
    expect(rows[1]).toMatchObject({ lead: 'Phòng Văn hóa - Xã hội', partners: ['Các phòng chuyên môn'], area: 'organization' });
    expect(rows[1].title).toContain('19-NQ/TW');
    // Row IV.2: phân cấp, ủy quyền — the office of HĐND and UBND takes part.
    expect(rows[2].partners).toContain('Văn phòng HĐND và UBND');
  });

  it('lists the units of "Tổ chức thực hiện" with proper names', () => {
    const units = parsed.responsibilities.map((r) => r.unit);
    expect(units.slice(1, 5)).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Trung tâm Phục vụ hành chính công',
      'Văn phòng HĐND và UBND',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    ]);
  });

  it('lets a user find every task of their unit by any spelling', () => {
    const mine = parsed.tasks.filter((t) => t.lead && sameUnit(t.lead, 'Phòng VH-XH'));
    expect(mine.length).toBeGreaterThanOrEqual(13);
  });
});

describe('seed Tam Thanh: duties', () => {
  it('finds the deadline inside a duty of the "Tổ chức thực hiện" section', () => {
    const parsed = parsePlan(fixture('tam-thanh-2026.txt'));
    const dated = parsed.tasks.filter((t) => t.deadline?.kind === 'date');
    expect(dated.map((t) => t.deadline?.to)).toEqual(['2026-02-28']);
    expect(parsed.responsibilities).toHaveLength(6);
  });
});
