import { describe, expect, it } from 'vitest';
import { dataReuse } from '../../lib/indicators/dataReuse';
import { dossier } from '../build';
import { ctx, dossiers, rateOf } from './sample';

describe('data reuse indicator', () => {
  it('counts received dossiers; refused ones are outside it', () => {
    // A, E, G reused; B not; C, D not shown; F refused.
    expect(rateOf(dataReuse, dossiers)).toMatchObject({ numerator: 3, denominator: 4, unknown: 2, rate: 0.75 });
    expect(dataReuse.verdict(dossier('X', { status: 'Công dân yêu cầu rút hồ sơ', dataReuse: true }), ctx)).toBeNull();
  });
  it('is bound by the national 80% target, full points at 80%', () => {
    expect(dataReuse.nationalTarget).toEqual({ comparator: 'gte', value: 80 });
    expect(dataReuse.item766).toMatchObject({ group: 'MDSH', max: 2, fullAt: 0.8 });
  });
});
