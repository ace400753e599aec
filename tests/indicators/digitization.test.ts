import { describe, expect, it } from 'vitest';
import { digitization } from '../../lib/indicators/digitization';
import { dossiers, rateOf } from './sample';

describe('digitisation indicator', () => {
  it('counts received dossiers whose components were digitised, with no national target', () => {
    expect(rateOf(digitization, dossiers)).toMatchObject({ numerator: 3, denominator: 4, unknown: 2, rate: 0.75 });
    expect(digitization.nationalTarget).toBeUndefined();
  });
});
