import { describe, expect, it } from 'vitest';
import { defaultTargets, feedbackInTime, feedbackOnTime, feedbackOnTimeRate } from '../../lib/checks';
import type { Feedback } from '../../lib/schema/facts';

const ctx = { targets: defaultTargets(), today: '2026-05-20' };
const f = (over: Partial<Feedback>): Feedback => ({
  code: 'PA-1', title: null, receivedAt: '2026-04-01', dueAt: '2026-05-10', handledAt: null, status: 'Đang xử lý', onTime: null, ...over,
});

describe('feedbackOnTime', () => {
  it('passes an answer by the due date and fails a late one with the days', () => {
    expect(feedbackOnTime(f({ handledAt: '2026-05-10', status: 'Đã trả lời' }), ctx)).toMatchObject({ id: 'feedbackOnTime:PA-1', status: 'pass', target: 100 });
    expect(feedbackOnTime(f({ handledAt: '2026-05-13' }), ctx).message).toBe('Trả lời quá hạn 3 ngày làm việc (hạn 10/05/2026, trả lời 13/05/2026)');
  });
  it('counts an unanswered item within its due date as on time, and past it as late', () => {
    expect(feedbackOnTime(f({ dueAt: '2026-05-20' }), ctx).status).toBe('pass');
    expect(feedbackOnTime(f({}), ctx).message).toBe('Quá hạn 8 ngày làm việc (hạn 10/05/2026), chưa trả lời');
  });
  it('trusts the page for an answer shown without a date, and is na with nothing to go on', () => {
    expect(feedbackInTime(f({ status: 'Đã trả lời', onTime: true }), ctx.today)).toBe(true);
    expect(feedbackOnTime(f({ dueAt: null }), ctx).status).toBe('na');
  });
  it('rates the list against the 100% target; na when empty', () => {
    const r = feedbackOnTimeRate([f({ dueAt: '2026-05-25' }), f({})], ctx);
    expect([r.id, r.status, r.measured]).toEqual(['feedbackOnTimeRate:list', 'fail', 50]);
    expect(feedbackOnTimeRate([], ctx).status).toBe('na');
  });
});
