import { describe, expect, it } from 'vitest';
import { dataReused, digitized, dossierOnTime, eResultIssued, onTime } from '../../lib/checks';
import type { CheckContext } from '../../lib/checks';
import { defaultTargets } from '../../lib/checks';
import type { Dossier } from '../../lib/schema/facts';

const ctx: CheckContext = { targets: defaultTargets(), today: '2026-05-20' };
const base: Dossier = {
  code: '000.31.20.H33-260504-0001',
  procedureName: 'Đăng ký khai sinh',
  channel: 'online',
  status: 'Đã trả kết quả',
  receivedAt: '2026-05-04',
  dueAt: '2026-05-05',
  completedAt: '2026-05-05',
  resolved: true,
  onTime: true,
  eResult: true,
  digitized: true,
  dataReuse: true,
  rating: 'satisfied',
};
const open: Dossier = { ...base, status: 'Đang xử lý', completedAt: null, resolved: false, onTime: null, eResult: null };

describe('eResultIssued', () => {
  it('passes a resolved dossier with an e-result, with a stable id and the 02/NQ-CP target', () => {
    expect(eResultIssued(base, ctx)).toEqual({
      id: 'eResultIssued:000.31.20.H33-260504-0001',
      check: 'eResultIssued',
      indicator: 'procedure.e_result_rate',
      status: 'pass',
      subject: '000.31.20.H33-260504-0001',
      target: 100,
      target_ref: 'nq02_2026',
      message: 'Đã cấp kết quả điện tử',
    });
  });
  it('fails one without, naming the reason', () => {
    const f = eResultIssued({ ...base, eResult: false }, ctx);
    expect([f.status, f.message]).toEqual(['fail', 'Hồ sơ chưa có kết quả điện tử']);
  });
  it('is na, never pass, when unresolved or not shown', () => {
    expect(eResultIssued(open, ctx).status).toBe('na');
    expect(eResultIssued({ ...base, eResult: null }, ctx).status).toBe('na');
  });
});

describe('dataReused', () => {
  it('passes, fails and is na by the reuse field', () => {
    expect(dataReused(base, ctx).status).toBe('pass');
    const f = dataReused({ ...base, dataReuse: false }, ctx);
    expect([f.status, f.message, f.target]).toEqual(['fail', 'Hồ sơ chưa khai thác, sử dụng lại dữ liệu số hóa', 80]);
    expect(dataReused({ ...base, dataReuse: null }, ctx).status).toBe('na');
  });
});

describe('digitized', () => {
  it('passes, fails and is na by the digitisation field; no national target', () => {
    expect(digitized(base, ctx).status).toBe('pass');
    const f = digitized({ ...base, digitized: false }, ctx);
    expect([f.status, f.message, f.target]).toEqual(['fail', 'Thành phần hồ sơ chưa được số hóa', undefined]);
    expect(digitized({ ...base, digitized: null }, ctx).status).toBe('na');
  });
});

describe('onTime', () => {
  it('counts a dossier still within its due date as on time', () => {
    const f = onTime({ ...open, dueAt: '2026-05-20' }, ctx);
    expect([f.status, f.message]).toEqual(['pass', 'Còn trong hạn (hạn trả 20/05/2026)']);
  });
  it('marks an unresolved dossier past due as late by so many days', () => {
    const f = onTime({ ...open, dueAt: '2026-05-17' }, ctx);
    expect([f.status, f.message]).toEqual(['fail', 'Quá hạn 3 ngày làm việc (hạn trả 17/05/2026), chưa có kết quả']);
  });
  it('judges a resolved dossier by its result date, not by today', () => {
    const late = onTime({ ...base, dueAt: '2026-05-08', completedAt: '2026-05-11' }, ctx);
    expect([late.status, late.message]).toEqual(['fail', 'Giải quyết quá hạn 1 ngày làm việc (hạn trả 08/05/2026, có kết quả 11/05/2026)']);
    expect(onTime(base, ctx).message).toBe('Giải quyết đúng hạn');
  });
  it('trusts the page when it shows no dates, and is na when it shows nothing', () => {
    expect(onTime({ ...open, dueAt: null, onTime: false }, ctx).status).toBe('fail');
    expect(onTime({ ...open, dueAt: null, onTime: null }, ctx).status).toBe('na');
    expect(dossierOnTime({ ...base, dueAt: null, completedAt: null, onTime: null }, ctx.today)).toBeNull();
  });
  it('does not count stopped, withdrawn or refused dossiers', () => {
    for (const status of ['Dừng xử lý', 'Công dân yêu cầu rút hồ sơ', 'Không được tiếp nhận']) {
      expect(onTime({ ...open, status, dueAt: '2026-05-01' }, ctx).status).toBe('na');
    }
  });
});
