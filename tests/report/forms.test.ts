import { describe, expect, it } from 'vitest';
import { buildExport } from '../../lib/export/exportJson';
import { say } from '../../lib/i18n';
import { mergeExports } from '../../lib/export/merge';
import { workbookFromExport } from '../../lib/export/workbook';
import { draftReport } from '../../lib/report/draft';
import type { StatForm } from '../../lib/report/forms';
import { reportPeriod } from '../../lib/report/period';
import { TODAY, UNIT, exportA, exportB } from '../export/sample';

const unit = mergeExports([exportA, exportB]);
const values = (forms: StatForm[], n: number) => Object.fromEntries(forms.find((f) => f.number === n)!.rows.filter((r) => r.stt).map((r) => [r.stt, r.value]));

describe('Biểu mẫu rows from the unit exports', () => {
  const q4 = draftReport(unit, reportPeriod('quarter', 2026, 4), TODAY);

  it('fills Biểu mẫu 1 from the plan tasks', () => {
    expect(values(q4.forms, 1)).toEqual({ '2': '100', '2.1': '2', '2.2': '2' });
  });

  it('fills Biểu mẫu 3 on the ward line from the dossiers and feedback seen, each dossier once', () => {
    expect(values(q4.forms, 3)).toEqual({ '3': null, '3.2': '100', '3.2.1': '2', '3.2.2': '2', '3.3': '0', '3.3.1': '1', '3.3.2': '0' });
    expect(q4.coverage).toBe('Số liệu từ 3 hồ sơ đã xem trên hệ thống một cửa, tiếp nhận từ ngày 02/11/2026 đến ngày 10/11/2026.');
  });

  it('leaves Biểu mẫu 7 procedure rows empty when no procedure page was seen, and gives the dossier rates', () => {
    const form = q4.forms.find((f) => f.number === 7)!;
    expect(values(q4.forms, 7)).toEqual({ '4': null, '4.1.2': null, '4.5.2': null });
    expect(form.rows.find((r) => r.label === 'Tỷ lệ hồ sơ có tái sử dụng dữ liệu số hóa')).toMatchObject({ value: '66,67', note: '2/3 hồ sơ' });
  });

  it('shows the same target figures as the workbook for the same window', () => {
    const [metrics] = workbookFromExport(unit, reportPeriod('quarter', 2026, 4).period, TODAY);
    const reuse = metrics.rows.find((r) => r[0] === q4.targets[0].metric.name)!;
    expect([reuse[1], reuse[2]]).toEqual([q4.targets[0].metric.numerator, q4.targets[0].metric.denominator]);
  });

  it('counts tasks as they stood at the cut-off: one done in November was open on 14/3', () => {
    const q1 = draftReport(unit, reportPeriod('quarter', 2026, 1), TODAY);
    expect(values(q1.forms, 1)).toEqual({ '2': '50', '2.1': '2', '2.2': '1' });
    expect(values(q1.forms, 3)['3.2.1']).toBeNull();
    expect(q1.empty).toBe(false);
  });
});

describe('the index the portal published, beside the estimate', () => {
  it('is the calendar quarter the report names, for the ward as the portal names it, though the report counts 15/9–14/12', () => {
    const seen = (unit: string, period: string, seenAt: number, total: number) => ({
      id: `index_score:${unit}|${period}`,
      key: `${unit}|${period}`,
      host: 'dichvucong.gov.vn',
      firstSeenAt: seenAt,
      seenAt,
      date: null,
      unit: null,
      type: 'index_score' as const,
      data: { unit, period, groups: { CKMB: 16, TDGQ: 18, CLGQ: 10, TTTT: 6, MDHL: 15, MDSH: 15 }, total },
    });
    const withIndex = { ...unit, profile: { unit: UNIT, province: 'Lạng Sơn' }, observations: [...unit.observations, seen('UBND phường Đông Kinh', 'Quý IV/2026', 300, 80), seen('Lạng Sơn', 'Quý IV/2026', 300, 85)] };
    const q4 = draftReport(withIndex, reportPeriod('quarter', 2026, 4), TODAY);
    expect(q4.index766.published).toMatchObject({ unit: 'UBND phường Đông Kinh', scope: 'unit', total: 80 });
    expect(q4.index766.notes.map((n) => say('vi', n))).toContain('Cổng công bố cho UBND phường Đông Kinh, Quý IV/2026: tổng 80,0/100 điểm.');
    expect(q4.index766.groups.find((g) => g.group === 'TDGQ')?.published).toBe(18);
    // Another quarter's report has nothing published for it.
    expect(draftReport(withIndex, reportPeriod('quarter', 2026, 3), TODAY).index766.published).toBeNull();
  });
});

describe('an empty period', () => {
  it('says so and leaves every figure empty rather than zero', () => {
    const none = buildExport({ profile: { unit: UNIT }, observations: [], tasks: [], plans: [], targets: [] });
    const draft = draftReport(none, reportPeriod('half', 2026, 1), TODAY);
    expect(draft.empty).toBe(true);
    expect(draft.forms.flatMap((f) => f.rows.map((r) => r.value)).every((v) => v === null)).toBe(true);
    expect(draft.coverage).toContain('Chưa có hồ sơ nào');
  });

  it("leaves out another year's plan", () => {
    expect(draftReport(unit, reportPeriod('year', 2025), TODAY)).toMatchObject({ plans: [], tasks: [], empty: true });
  });
});
