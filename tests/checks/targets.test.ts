import { describe, expect, it } from 'vitest';
import { defaultTargets, effectiveTargets } from '../../lib/checks';

describe('targets', () => {
  it('defaults to the four 02/NQ-CP targets of indicators.json', () => {
    expect(defaultTargets()).toEqual([
      { indicator: 'procedure.e_result_rate', comparator: 'gte', value: 100, ref: 'nq02_2026' },
      { indicator: 'procedure.data_reuse_rate', comparator: 'gte', value: 80, ref: 'nq02_2026' },
      { indicator: 'procedure.feedback_on_time_rate', comparator: 'gte', value: 100, ref: 'nq02_2026' },
      { indicator: 'procedure.satisfaction_rate', comparator: 'gte', value: 90, ref: 'nq02_2026' },
    ]);
  });
  it("keeps the plan's own target and fills the rest from the defaults", () => {
    const t = effectiveTargets([{ indicator: 'procedure.satisfaction_rate', comparator: 'gte', value: 95 }]);
    expect(t.filter((x) => x.indicator === 'procedure.satisfaction_rate')).toEqual([{ indicator: 'procedure.satisfaction_rate', comparator: 'gte', value: 95 }]);
    expect(t).toHaveLength(4);
  });
});
