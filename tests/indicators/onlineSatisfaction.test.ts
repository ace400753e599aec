import { describe, expect, it } from 'vitest';
import { onlineSatisfaction } from '../../lib/indicators/onlineSatisfaction';
import { dossiers, rateOf } from './sample';

describe('online satisfaction indicator', () => {
  it('counts ratings on online dossiers only', () => {
    // A very satisfied, G dissatisfied; C online but unrated.
    expect(rateOf(onlineSatisfaction, dossiers)).toMatchObject({ numerator: 1, denominator: 2, unknown: 0, rate: 0.5 });
  });
});
