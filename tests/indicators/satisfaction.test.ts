import { describe, expect, it } from 'vitest';
import { satisfaction } from '../../lib/indicators/satisfaction';
import { dossiers, rateOf } from './sample';

describe('satisfaction indicator (766: dossiers minus dissatisfied or overdue)', () => {
  it('counts every received dossier, rated or not', () => {
    // A, C satisfied; B late, D dissatisfied and late, E late, G dissatisfied.
    expect(rateOf(satisfaction, dossiers)).toMatchObject({ numerator: 2, denominator: 6, rate: 2 / 6 });
  });
  it('is bound by the national 90% target, full points at 90%', () => {
    expect(satisfaction.nationalTarget).toEqual({ comparator: 'gte', value: 90 });
    expect(satisfaction.item766).toMatchObject({ group: 'MDHL', max: 6, fullAt: 0.9 });
  });
});
