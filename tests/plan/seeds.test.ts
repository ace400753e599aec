import { describe, expect, it } from 'vitest';
import { ParsedPlan } from '../../lib/schema/plan';
import { parsePlan } from '../../lib/plan/parse';
import { fixture } from './helpers';

/** [value, comparator, indicator key] per target, in document order, written from reading each seed. */
type Expected = Array<[number, 'gte' | 'gt' | 'lte' | 'lt', string | null]>;

const targetsOf = (name: string) => parsePlan(fixture(name)).targets.map((t) => [t.value, t.comparator, t.indicator]);

describe('seed: Tam Thanh 2026 (OCR without diacritics)', () => {
  const parsed = parsePlan(fixture('tam-thanh-2026.txt'));

  it('validates against ParsedPlan', () => {
    expect(ParsedPlan.safeParse(parsed).success).toBe(true);
  });

  it('reads the header', () => {
    expect(parsed.plan).toMatchObject({
      number: '49/KH-UBND',
      issuer: 'UBND phường Tam Thanh',
      level: 'phuong',
      date: '2026-02-10',
      year: 2026,
      period: 'năm 2026',
      implements: ['76/NQ-CP', '60-NQ/TU', '29/KH-UBND'],
      replaces: [],
    });
  });

  it('finds all 13 targets with value, comparator and key', () => {
    const expected: Expected = [
      [100, 'gte', 'direction.plan_task_completion_rate'],
      [100, 'gte', 'institution.legal_doc_compliance_rate'],
      [100, 'gte', 'institution.detailing_doc_on_time_rate'],
      [100, 'gte', 'institution.review_issue_handled_rate'],
      [100, 'gte', 'procedure.e_result_rate'],
      [80, 'gte', 'procedure.data_reuse_rate'],
      [100, 'gte', 'procedure.feedback_on_time_rate'],
      [90, 'gte', 'procedure.satisfaction_rate'],
      [100, 'gte', 'civil_service.job_position_approved_rate'],
      [100, 'gte', 'public_finance.investment_disbursement_rate'],
      [100, 'gte', 'digital_government.e_direction_rate'],
      [100, 'gte', 'digital_government.online_work_record_rate'],
      [100, 'gte', 'procedure.digitization_rate'],
    ];
    expect(targetsOf('tam-thanh-2026.txt')).toEqual(expected);
  });

  it('keeps the sentence each target came from and its area', () => {
    const reuse = parsed.targets.find((t) => t.indicator === 'procedure.data_reuse_rate')!;
    expect(reuse.text).toContain('02/NQ-CP');
    expect(reuse.unit).toBe('%');
    expect(reuse.area).toBe('procedure');
  });
});

describe('seed: Thụy Hùng 2026 (typed, replaces an earlier plan)', () => {
  const parsed = parsePlan(fixture('thuy-hung-2026.txt'));

  it('reads the header: no number yet, replaces 47/KH-UBND, implements the new provincial plan', () => {
    expect(parsed.plan).toMatchObject({
      number: null,
      issuer: 'UBND xã Thụy Hùng',
      level: 'xa',
      date: null,
      year: 2026,
      period: 'năm 2026',
      title: 'Cải cách hành chính xã Thụy Hùng năm 2026',
      implements: ['120/KH-UBND'],
      replaces: ['47/KH-UBND'],
    });
  });

  it('finds all 16 targets with value, comparator and key', () => {
    const expected: Expected = [
      [100, 'gte', 'direction.plan_task_completion_rate'],
      [100, 'gte', 'institution.legal_doc_compliance_rate'],
      [100, 'gte', 'institution.detailing_doc_on_time_rate'],
      [100, 'gte', 'institution.review_issue_handled_rate'],
      [100, 'gte', 'procedure.e_result_rate'],
      [80, 'gte', 'procedure.data_reuse_rate'],
      [100, 'gte', 'procedure.feedback_on_time_rate'],
      [90, 'gte', 'procedure.satisfaction_rate'],
      [95, 'gte', 'procedure.online_satisfaction_rate'],
      [100, 'gte', 'civil_service.job_position_approved_rate'],
      [100, 'gte', 'civil_service.training_completion_rate'],
      [100, 'gte', 'public_finance.investment_disbursement_rate'],
      [90, 'gte', 'public_finance.audit_recommendation_rate'],
      [90, 'gt', 'digital_government.shared_platform_use_rate'],
      [100, 'gte', 'procedure.full_online_procedure_rate'],
      [100, 'gte', 'direction.inspection_coverage_rate'],
    ];
    expect(targetsOf('thuy-hung-2026.txt')).toEqual(expected);
  });

  it('splits the 02/NQ-CP sentence into four targets sharing its text', () => {
    const nq02 = parsed.targets.filter((t) => t.text.includes('02/NQ-CP'));
    expect(nq02.map((t) => t.value)).toEqual([100, 80, 100, 90]);
    expect(new Set(nq02.map((t) => t.text)).size).toBe(1);
  });
});

describe('seed: An Tường 6 tháng cuối 2025 (OCR, decision with plan attached)', () => {
  const parsed = parsePlan(fixture('an-tuong-6-thang-cuoi-2025.txt'));

  it('reads the header of the decision', () => {
    expect(parsed.plan).toMatchObject({
      number: '132/QĐ-UBND',
      issuer: 'UBND phường An Tuong',
      level: 'phuong',
      year: 2025,
      period: '6 tháng cuối năm 2025',
      implements: ['76/NQ-CP', '23/CT-TTg', '174/QĐ-UBND'],
      replaces: [],
    });
  });

  it('finds all 9 targets, including the one in the appendix table', () => {
    const expected: Expected = [
      [100, 'gte', 'direction.plan_task_completion_rate'],
      // "100% TTHC nội bộ ... được công bố, công khai": OCR made "nội bộ" "nd1 bd"; without it the target
      // reads as any procedure published, which is another indicator: left without a key.
      [100, 'gte', null],
      [100, 'gte', 'procedure.e_identity_rate'],
      [90, 'gte', 'procedure.satisfaction_rate'],
      // "Bảo đảm 100% cơ quan hành chính, đơn vị sự nghiệp công lập được kiện toàn": no canonical key.
      [100, 'gte', null],
      [90, 'gte', 'public_finance.investment_disbursement_rate'],
      [100, 'gte', 'public_finance.self_financing_unit_rate'],
      [60, 'gte', 'digital_government.online_work_record_rate'],
      // "100% văn bản trao đổi giữa các cơ quan nhà nước ... được ký số" sits in an OCR-flattened
      // table cell; interleaving leaves only "van ban trao ... co quan", too little to name its key.
      [100, 'gte', null],
    ];
    expect(targetsOf('an-tuong-6-thang-cuoi-2025.txt')).toEqual(expected);
  });

  it('gives a target without a key the area of its section', () => {
    expect(parsed.targets[4].area).toBe('organization');
  });
});
