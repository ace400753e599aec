import { describe, expect, it } from 'vitest';
import { runChecks } from '../../lib/checks';
import { targetsInForce } from '../../lib/indicators/targets';
import { renderFinding } from '../../lib/indicators/render';
import type { PageFacts } from '../../lib/schema/facts';
import { dossier, feedback, procedure } from '../build';

const today = '2026-05-20';
const targets = targetsInForce([]);
const list = (over: Partial<PageFacts>): PageFacts => ({ kind: 'onestop.dossier_list', ...over });

describe('runChecks', () => {
  it('marks each dossier by the indicators that mark items, with stable ids and the target in force', () => {
    const findings = runChecks({ kind: 'onestop.dossier', dossiers: [dossier('X-1', { status: 'Đã trả kết quả', resolved: true, eResult: false })] }, targets, today);
    expect(findings.map((f) => f.check)).toEqual(['procedure.e_result_rate', 'procedure.data_reuse_rate', 'procedure.digitization_rate', 'procedure.on_time_rate']);
    expect(findings[0]).toMatchObject({ id: 'procedure.e_result_rate:X-1', status: 'fail', subject: 'X-1', target: 100, target_ref: '02/NQ-CP' });
    expect(renderFinding(findings[0], 'vi')).toBe('Hồ sơ chưa có kết quả điện tử');
    expect(renderFinding(findings[0], 'en')).toBe('No electronic result yet');
  });
  it("shows a list's rates for every dossier indicator, counted like the metrics", () => {
    const ds = [dossier('A', { dataReuse: true }), dossier('B', { dataReuse: false }), dossier('C', { status: 'Không được tiếp nhận', dataReuse: false })];
    const rates = runChecks(list({ dossiers: ds }), targets, today).filter((f) => f.subject === 'list');
    expect(rates).toHaveLength(7);
    const reuse = rates.find((f) => f.indicator === 'procedure.data_reuse_rate')!;
    expect([reuse.id, reuse.status, reuse.measured, reuse.target]).toEqual(['procedure.data_reuse_rate:list', 'fail', 50, 80]);
    expect(renderFinding(reuse, 'vi')).toBe('Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 1/2 = 50% — chưa đạt chỉ tiêu ≥ 80%');
    expect(rates.find((f) => f.indicator === 'procedure.e_result_rate')).toMatchObject({ status: 'na', message: { key: 'rate:none' } });
  });
  it("takes a plan's stricter target with its number", () => {
    const planned = targetsInForce([{ indicator: 'procedure.on_time_rate', area: 'procedure', comparator: 'gte', value: 95, unit: '%', text: '', source: '49/KH-UBND' }]);
    const rate = runChecks(list({ dossiers: [dossier('A', { dueAt: '2026-05-25' }), dossier('B', { dueAt: '2026-05-01' })] }), planned, today)
      .find((f) => f.id === 'procedure.on_time_rate:list')!;
    expect([rate.status, rate.measured, rate.target, rate.target_ref]).toEqual(['fail', 50, 95, '49/KH-UBND']);
  });
  it('checks a procedure page: fully online, and the e-result it offers', () => {
    const findings = runChecks({ kind: 'dvc.procedure', procedure: procedure({ code: '1.000253', onlineLevel: 'partial', eResult: true }) }, targets, today);
    expect(findings.map((f) => [f.id, f.status])).toEqual([
      ['procedure.full_online_procedure_rate:1.000253', 'fail'],
      ['procedureEResult:1.000253', 'pass'],
    ]);
    expect(runChecks({ kind: 'dvc.procedure', procedure: procedure() }, targets, today).map((f) => f.subject)).toEqual(['procedure', 'procedure']);
  });
  it('rates a feedback list against the national 100%', () => {
    const findings = runChecks({ kind: 'feedback.list', feedback: [feedback('P1', { dueAt: '2026-05-25' }), feedback('P2', { dueAt: '2026-05-10' })] }, targets, today);
    expect(findings.find((f) => f.subject === 'list')).toMatchObject({ status: 'fail', measured: 50, target: 100 });
  });
});
