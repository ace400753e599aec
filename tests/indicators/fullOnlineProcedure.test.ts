import { describe, expect, it } from 'vitest';
import { fullOnlineProcedure } from '../../lib/indicators/fullOnlineProcedure';
import { procedure } from '../build';
import { rateOf } from './sample';

describe('full online procedure indicator', () => {
  it('counts procedures offered toàn trình among those whose level is shown', () => {
    const ps = [procedure({ onlineLevel: 'full' }), procedure({ onlineLevel: 'partial' }), procedure({ onlineLevel: 'none' }), procedure()];
    expect(rateOf(fullOnlineProcedure, ps)).toMatchObject({ numerator: 1, denominator: 3, unknown: 1 });
  });
});
