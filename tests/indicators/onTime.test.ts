import { describe, expect, it } from 'vitest';
import { onTime } from '../../lib/indicators/onTime';
import { renderMessage } from '../../lib/indicators/render';
import type { Dossier } from '../../lib/schema/facts';
import { dossier } from '../build';
import { ctx, dossiers, rateOf } from './sample';

const why = (d: Dossier, c = ctx) => {
  const ref = onTime.explain(d, onTime.verdict(d, c), c);
  return renderMessage({ ...ref, key: `${onTime.key}:${ref.key}` }, 'vi');
};

describe('on-time indicator', () => {
  it('within time counts as on time, a second supplement request as late', () => {
    // A early, C within time, G marked on time; B late, D overdue, E twice supplemented.
    expect(rateOf(onTime, dossiers)).toMatchObject({ numerator: 3, denominator: 6, unknown: 0, rate: 0.5 });
  });
  it('a dossier due today is still within its time', () => {
    expect(rateOf(onTime, [dossier('X', { dueAt: '2026-11-20' })]).rate).toBe(1);
    expect(rateOf(onTime, [dossier('X', { dueAt: '2026-11-19' })]).rate).toBe(0);
    expect(rateOf(onTime, [dossier('X', { resolved: true, completedAt: '2026-11-19', dueAt: '2026-11-19' })]).rate).toBe(1);
  });
  it('one supplement request is not late', () => {
    expect(rateOf(onTime, [dossier('X', { onTime: true, supplementRequests: 1 })]).rate).toBe(1);
  });
  it('says how late, by the result date for a resolved dossier and by today for an open one', () => {
    expect(why(dossier('X', { dueAt: '2026-11-25' }))).toBe('Còn trong hạn (hạn trả 25/11/2026)');
    expect(why(dossier('X', { dueAt: '2026-11-17' }))).toBe('Quá hạn 3 ngày làm việc (hạn trả 17/11/2026), chưa có kết quả');
    expect(why(dossier('X', { resolved: true, dueAt: '2026-11-08', completedAt: '2026-11-11' }))).toBe(
      'Giải quyết quá hạn 3 ngày làm việc (hạn trả 08/11/2026, có kết quả 11/11/2026)',
    );
    expect(why(dossier('X', { resolved: true, dueAt: '2026-11-08', completedAt: '2026-11-08' }))).toBe('Giải quyết đúng hạn');
    expect(why(dossier('X', { onTime: true, supplementRequests: 2 }))).toBe('Đã yêu cầu bổ sung 2 lần: tính là trễ hạn');
  });
  it("trusts the portal's overdue mark, and is unknown when the page shows nothing", () => {
    expect(onTime.verdict(dossier('X', { dueAt: '2026-11-25', onTime: false }), ctx)).toBe('miss');
    expect(why(dossier('X', { dueAt: '2026-11-25', onTime: false }))).toBe('Cổng đánh dấu quá hạn (hạn trả 25/11/2026), chưa có kết quả');
    expect(onTime.verdict(dossier('X'), ctx)).toBe('unknown');
  });
  it('does not count stopped, withdrawn, refused or not yet received dossiers', () => {
    for (const status of ['Dừng xử lý', 'Công dân yêu cầu rút hồ sơ', 'Không được tiếp nhận', 'Mới đăng ký']) {
      expect(onTime.verdict(dossier('X', { status, dueAt: '2026-11-01' }), ctx)).toBeNull();
    }
  });
});
