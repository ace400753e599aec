import { describe, expect, it } from 'vitest';
import { feedbackOnTime } from '../../lib/indicators/feedbackOnTime';
import { renderMessage } from '../../lib/indicators/render';
import type { Feedback } from '../../lib/schema/facts';
import { feedback } from '../build';
import { rateOf } from './sample';

const late = { today: '2026-11-30' };
const why = (f: Feedback, c = late) => {
  const ref = feedbackOnTime.explain(f, feedbackOnTime.verdict(f, c), c);
  return renderMessage({ ...ref, key: `${feedbackOnTime.key}:${ref.key}` }, 'vi');
};

describe('feedback on-time indicator', () => {
  it('counts answered on time plus still within time, over feedback items', () => {
    const items = [
      feedback('F1', { onTime: true }),
      feedback('F2', { dueAt: '2026-11-10', handledAt: '2026-11-12' }),
      feedback('F3', { dueAt: '2026-12-05' }),
      // No due date shown: 15 working days from 26/10 is 16/11, long gone.
      feedback('F4', { receivedAt: '2026-10-26' }),
      feedback('F5'),
      // 15 working days from Monday 02/11 is Monday 23/11.
      feedback('F6', { receivedAt: '2026-11-02', handledAt: '2026-11-23' }),
      feedback('F7', { receivedAt: '2026-11-02', handledAt: '2026-11-24' }),
    ];
    expect(rateOf(feedbackOnTime, items, late)).toEqual({ indicator: 'procedure.feedback_on_time_rate', numerator: 3, denominator: 6, unknown: 1, rate: 0.5 });
    expect(rateOf(feedbackOnTime, [], late).rate).toBeNull();
  });
  it('says how late, and trusts an answer shown by its status alone', () => {
    expect(why(feedback('P', { dueAt: '2026-11-10', handledAt: '2026-11-13' }))).toBe('Trả lời quá hạn 3 ngày làm việc (hạn 10/11/2026, trả lời 13/11/2026)');
    expect(why(feedback('P', { dueAt: '2026-11-20' }))).toBe('Quá hạn 6 ngày làm việc (hạn 20/11/2026), chưa trả lời');
    expect(why(feedback('P', { dueAt: '2026-12-20' }))).toBe('Còn trong hạn xử lý (hạn 20/12/2026)');
    expect(feedbackOnTime.verdict(feedback('P', { status: 'Đã trả lời', onTime: true }), late)).toBe('hit');
    expect(feedbackOnTime.verdict(feedback('P', { status: 'Đã trả lời' }), late)).toBe('unknown');
  });
  it('scores 6 points when there is no feedback, as the portal does', () => {
    expect(feedbackOnTime.item766).toMatchObject({ group: 'MDHL', max: 6, whenNone: 6 });
  });
});
