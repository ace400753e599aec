import { describe, expect, it } from 'vitest';
import { eResult } from '../../lib/indicators/eResult';
import { renderMessage } from '../../lib/indicators/render';
import { dossier } from '../build';
import { ctx, dossiers, rateOf } from './sample';

const why = (d: ReturnType<typeof dossier>) => {
  const ref = eResult.explain(d, eResult.verdict(d, ctx), ctx);
  return renderMessage({ ...ref, key: `${eResult.key}:${ref.key}` }, 'vi');
};

describe('e-result indicator', () => {
  it('counts resolved dossiers only; an unshown result is unknown', () => {
    // A, G electronic; B paper; E not shown; C, D unresolved; F refused.
    expect(rateOf(eResult, dossiers)).toEqual({ indicator: 'procedure.e_result_rate', numerator: 2, denominator: 3, unknown: 1, rate: 2 / 3 });
    expect(rateOf(eResult, [dossier('U')]).rate).toBeNull();
  });
  it('says why, for each verdict', () => {
    expect(why(dossier('X', { resolved: true, eResult: true }))).toBe('Đã cấp kết quả điện tử');
    expect(why(dossier('X', { resolved: true, eResult: false }))).toBe('Hồ sơ chưa có kết quả điện tử');
    expect(why(dossier('X', { resolved: false }))).toBe('Hồ sơ chưa giải quyết xong: chưa tính kết quả điện tử');
  });
  it('is bound by the national 100% target and weighs 6 points of MDSH', () => {
    expect(eResult.nationalTarget).toEqual({ comparator: 'gte', value: 100 });
    expect(eResult.item766).toMatchObject({ group: 'MDSH', max: 6 });
  });
});
