import { describe, expect, it } from 'vitest';
import { dataReuseRate, defaultTargets, digitizationRate, eResultRate, listRates, onTimeRate, satisfactionRate } from '../../lib/checks';
import type { CheckContext } from '../../lib/checks';
import type { Dossier } from '../../lib/schema/facts';

const ctx: CheckContext = { targets: defaultTargets(), today: '2026-05-20' };
const d = (over: Partial<Dossier>): Dossier => ({
  code: 'X-260501-0001',
  procedureName: null,
  channel: null,
  status: 'Đã trả kết quả',
  receivedAt: '2026-05-01',
  dueAt: '2026-05-05',
  completedAt: '2026-05-04',
  resolved: true,
  onTime: null,
  eResult: true,
  digitized: true,
  dataReuse: true,
  rating: 'satisfied',
  ...over,
});

describe('list rates', () => {
  it('counts e-results over resolved dossiers only', () => {
    const f = eResultRate([d({}), d({ eResult: false }), d({ resolved: false, eResult: null, status: 'Đang xử lý' })], ctx);
    expect([f.id, f.status, f.measured, f.target, f.message]).toEqual([
      'eResultRate:list', 'fail', 50, 100,
      'Tỷ lệ hồ sơ đã giải quyết có kết quả điện tử: 1/2 hồ sơ = 50% — chưa đạt chỉ tiêu ≥ 100%',
    ]);
  });
  it('passes reuse at 80% and fails below', () => {
    const five = [d({}), d({}), d({}), d({}), d({ dataReuse: false })];
    expect(dataReuseRate(five, ctx).status).toBe('pass');
    expect(dataReuseRate([...five, d({ dataReuse: false })], ctx).measured).toBe(66.7);
    expect(dataReuseRate([...five, d({ dataReuse: false })], ctx).message).toContain('66,7%');
  });
  it('counts in-time unresolved dossiers as on time and has no target unless the plan sets one', () => {
    const ds = [d({ resolved: false, completedAt: null, status: 'Đang xử lý', dueAt: '2026-05-25' }), d({ completedAt: '2026-05-09' })];
    expect([onTimeRate(ds, ctx).status, onTimeRate(ds, ctx).measured]).toEqual(['na', 50]);
    const planned = { ...ctx, targets: [{ indicator: 'procedure.on_time_rate', comparator: 'gte' as const, value: 95, ref: '49/KH-UBND' }, ...ctx.targets] };
    const f = onTimeRate(ds, planned);
    expect([f.status, f.target, f.target_ref]).toEqual(['fail', 95, '49/KH-UBND']);
  });
  it('counts digitisation and satisfaction over the known values', () => {
    expect(digitizationRate([d({}), d({ digitized: null }), d({ digitized: false })], ctx).measured).toBe(50);
    const s = satisfactionRate([d({ rating: 'very_satisfied' }), d({ rating: 'dissatisfied' }), d({ rating: null })], ctx);
    expect([s.status, s.measured, s.target]).toEqual(['fail', 50, 90]);
  });
  it('is na when nothing can be counted', () => {
    expect(listRates([], ctx).map((f) => f.status)).toEqual(['na', 'na', 'na', 'na', 'na']);
    expect(listRates([], ctx).map((f) => f.id)).toEqual([
      'eResultRate:list', 'dataReuseRate:list', 'onTimeRate:list', 'digitizationRate:list', 'satisfactionRate:list',
    ]);
  });
});
