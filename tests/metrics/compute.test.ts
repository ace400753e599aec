import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../lib/metrics/compute';
import { periodOf } from '../../lib/time/periods';
import type { TargetInForce } from '../../lib/indicators/targets';
import { dossier, dossierObs, feedbackObs, feedback, procedure, procedureObs, task } from '../build';

const november = periodOf('month', '2026-11-01');
const today = '2026-11-20';

const target = (indicator: string, value: number, comparator: TargetInForce['comparator'] = 'gte'): TargetInForce => ({
  indicator,
  comparator,
  value,
  source: '49/KH-UBND',
  text: `Đạt ${value}%`,
});

const byKey = (metrics: ReturnType<typeof computeMetrics>) => new Map(metrics.map((m) => [m.indicator, m]));

describe('computeMetrics', () => {
  const observations = [
    // Boundaries: 31/10 and 01/12 fall outside November; 01/11 and 30/11 inside.
    dossierObs(dossier('OCT', { receivedAt: '2026-10-31', dataReuse: true })),
    dossierObs(dossier('N1', { receivedAt: '2026-11-01', dataReuse: true }), { unit: 'Phường Đông Kinh' }),
    dossierObs(dossier('N2', { receivedAt: '2026-11-15', dataReuse: true }), { unit: 'phuong dong kinh' }),
    dossierObs(dossier('N3', { receivedAt: '2026-11-20', dataReuse: false }), { unit: 'Xã Tân Thành' }),
    dossierObs(dossier('N4', { receivedAt: '2026-11-30', dataReuse: true }), { unit: 'Phường Đông Kinh' }),
    dossierObs(dossier('DEC', { receivedAt: '2026-12-01', dataReuse: false })),
    dossierObs(dossier('NODATE', { dataReuse: false })),
    feedbackObs(feedback('PA1', { receivedAt: '2026-11-03', onTime: true })),
    procedureObs('1.000253', procedure({ onlineLevel: 'full' })),
  ];

  it('counts only the period, boundaries included', () => {
    const m = byKey(computeMetrics(observations, november, [], { today }));
    expect(m.get('procedure.data_reuse_rate')).toMatchObject({ numerator: 3, denominator: 4, rate: 0.75, status: 'no_target', gap: null });
    expect(m.get('procedure.feedback_on_time_rate')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(m.get('procedure.full_online_procedure_rate')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('compares with the plan target and gives the gap in percentage points', () => {
    const targets = [target('procedure.data_reuse_rate', 80), target('procedure.e_result_rate', 100)];
    const m = byKey(computeMetrics(observations, november, targets, { today }));
    expect(m.get('procedure.data_reuse_rate')).toMatchObject({ target: { value: 80, comparator: 'gte' }, gap: -5, status: 'not_met' });
    // No resolved dossier: no e-result rate, and no verdict on the target.
    expect(m.get('procedure.e_result_rate')).toMatchObject({ rate: null, gap: null, status: 'no_data' });
  });

  it('meets a target reached exactly, despite floating point', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((c, i) =>
      dossierObs(dossier(c, { receivedAt: '2026-11-02', dataReuse: i < 4 })),
    );
    const m = byKey(computeMetrics(five, november, [target('procedure.data_reuse_rate', 80)], { today }));
    expect(m.get('procedure.data_reuse_rate')).toMatchObject({ rate: 0.8, gap: 0, status: 'met' });
    const strict = byKey(computeMetrics(five, november, [target('procedure.data_reuse_rate', 80, 'gt')], { today }));
    expect(strict.get('procedure.data_reuse_rate')?.status).toBe('not_met');
  });

  it('narrows to the unit, comparing names without diacritics', () => {
    const m = byKey(computeMetrics(observations, november, [], { today, unit: 'Phường Đông Kinh' }));
    expect(m.get('procedure.data_reuse_rate')).toMatchObject({ numerator: 3, denominator: 3 });
    // Feedback seen without a unit is not the unit's.
    expect(m.get('procedure.feedback_on_time_rate')?.rate).toBeNull();
  });

  it('reports an empty period as no data for every indicator', () => {
    const metrics = computeMetrics(observations, periodOf('month', '2026-08-01'), [target('procedure.data_reuse_rate', 80)], { today });
    const dated = metrics.filter((x) => x.indicator !== 'procedure.full_online_procedure_rate');
    expect(dated.every((x) => x.rate === null && x.denominator === 0 && x.status === 'no_data')).toBe(true);
    expect(metrics.map((x) => x.name)).toContain('Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa');
  });

  it('counts the plan tasks due in the period', () => {
    const tasks = [
      task('1', { deadline: { kind: 'date', text: '', to: '2026-11-05' }, status: 'done', doneAt: Date.parse('2026-11-04T02:00:00Z') }),
      task('2', { deadline: { kind: 'date', text: '', to: '2026-10-05' }, status: 'done', doneAt: Date.parse('2026-10-04T02:00:00Z') }),
      task('3', { deadline: { kind: 'date', text: '', to: '2026-11-10' } }),
    ];
    const m = byKey(computeMetrics([], november, [], { today, tasks }));
    expect(m.get('direction.plan_task_completion_rate')).toMatchObject({ numerator: 1, denominator: 2 });
  });
});
