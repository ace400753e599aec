import { describe, expect, it } from 'vitest';
import { onlineDossier } from '../../lib/indicators/onlineDossier';
import { dossiers, rateOf } from './sample';

describe('online submission indicator', () => {
  it('counts received dossiers by channel; an unshown channel is unknown', () => {
    // A, C, G online; B direct, E postal; D not shown.
    expect(rateOf(onlineDossier, dossiers)).toMatchObject({ numerator: 3, denominator: 5, unknown: 1, rate: 0.6 });
    expect(rateOf(onlineDossier, []).rate).toBeNull();
  });
});
