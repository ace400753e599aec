import { describe, expect, it } from 'vitest';
import { NATIONAL_DEFAULT, judge, targetsInForce, type PlanTarget } from '../../lib/indicators/targets';

const planTarget = (indicator: string, value: number, source = '49/KH-UBND', over: Partial<PlanTarget> = {}): PlanTarget => ({
  indicator, area: 'procedure', comparator: 'gte', value, unit: '%', text: `${indicator} ${value}%`, source, ...over,
});

describe('targets in force', () => {
  it('are the four 02/NQ-CP targets when no plan is imported', () => {
    expect(targetsInForce([]).map((t) => [t.indicator, t.comparator, t.value, t.source])).toEqual([
      ['procedure.e_result_rate', 'gte', 100, NATIONAL_DEFAULT],
      ['procedure.data_reuse_rate', 'gte', 80, NATIONAL_DEFAULT],
      ['procedure.feedback_on_time_rate', 'gte', 100, NATIONAL_DEFAULT],
      ['procedure.satisfaction_rate', 'gte', 90, NATIONAL_DEFAULT],
    ]);
  });
  it("keep the plan's own target and fill the rest from the national defaults", () => {
    const t = targetsInForce([planTarget('procedure.satisfaction_rate', 95)]);
    expect(t.filter((x) => x.indicator === 'procedure.satisfaction_rate').map((x) => [x.value, x.source])).toEqual([[95, '49/KH-UBND']]);
    expect(t).toHaveLength(4);
  });
  it('take the stricter of two plans, and ignore counts and unknown indicators', () => {
    const t = targetsInForce([
      planTarget('procedure.on_time_rate', 90, 'A'),
      planTarget('procedure.on_time_rate', 95, 'B'),
      planTarget('procedure.on_time_rate', 99, 'C', { unit: 'hồ sơ' }),
      planTarget('', 99, 'D', { indicator: null }),
    ]);
    expect(t.find((x) => x.indicator === 'procedure.on_time_rate')).toMatchObject({ value: 95, source: 'B' });
    expect(t).toHaveLength(5);
  });
  it('judge a rate against a target in points, strict comparators strictly', () => {
    const t = targetsInForce([])[1];
    expect(judge(0.8, t)).toEqual({ gap: 0, status: 'met' });
    expect(judge(4 / 5, t).status).toBe('met');
    expect(judge(0.75, t)).toEqual({ gap: -5, status: 'not_met' });
    expect(judge(0.8, { ...t, comparator: 'gt' }).status).toBe('not_met');
    expect(judge(null, t).status).toBe('no_data');
    expect(judge(0.5, null).status).toBe('no_target');
  });
});
