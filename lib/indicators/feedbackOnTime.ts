import { addWorkingDays, workingDaysLate } from '../time/dates';
import type { Feedback } from '../schema/facts';
import { fold } from '../text/fold';
import { onTimeVerdict } from './onTimeRule';
import { defineIndicator, type MessageRef, type Verdict } from './types';

/** Feedback must be handled within 15 working days of receipt, where the page shows no due date. */
const FEEDBACK_WORKING_DAYS = 15;

// An answer may be shown by status alone, without its date.
const ANSWERED = /da tra loi|da xu ly|da giai quyet|hoan thanh|da phan hoi/;

const answered = (f: Feedback): boolean => f.handledAt !== null || (f.status !== null && ANSWERED.test(fold(f.status)));

const dueOf = (f: Feedback): string | null =>
  f.dueAt ?? (f.receivedAt === null ? null : addWorkingDays(f.receivedAt, FEEDBACK_WORKING_DAYS));

function explain(f: Feedback, verdict: Verdict, today: string): MessageRef {
  const due = dueOf(f);
  if (verdict === 'unknown' || verdict === null) return { key: 'unknown' };
  if (verdict === 'hit') {
    if (answered(f)) return { key: 'answered' };
    return due ? { key: 'withinDue', params: { due } } : { key: 'within' };
  }
  if (f.handledAt && due && f.handledAt > due) return { key: 'answeredLate', params: { days: workingDaysLate(due, f.handledAt), due, done: f.handledAt } };
  if (!answered(f) && due && today > due) return { key: 'overdue', params: { days: workingDaysLate(due, today), due } };
  return { key: 'late' };
}

export const feedbackOnTime = defineIndicator({
  key: 'procedure.feedback_on_time_rate',
  area: 'procedure',
  name: { vi: 'Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn', en: 'Feedback and petitions handled on time' },
  phrases: ['tỷ lệ xử lý phản ánh, kiến nghị đúng hạn'],
  population: 'feedback',
  reads: ['dueAt', 'receivedAt', 'handledAt', 'status', 'onTime'],
  formula: { numerator: 'feedback answered on time plus feedback still within its due date', denominator: 'feedback items' },
  nationalTarget: { comparator: 'gte', value: 100 },
  item766: { group: 'MDHL', max: 6, fullAt: 1, whenNone: 6 },
  marksEachItem: true,
  pace: { item: 'phản ánh, kiến nghị', quality: 'được xử lý đúng hạn', en: { one: 'feedback item', many: 'feedback items', quality: 'be handled on time' } },
  verdict: (f, ctx) => onTimeVerdict({ mark: f.onTime, due: dueOf(f), doneAt: f.handledAt, finished: answered(f) }, ctx.today),
  explain: (f, verdict, ctx) => explain(f, verdict, ctx.today),
  messages: {
    answered: { vi: 'Phản ánh, kiến nghị được trả lời đúng hạn', en: 'Answered on time' },
    withinDue: { vi: 'Còn trong hạn xử lý (hạn {due})', en: 'Within its due date ({due})' },
    within: { vi: 'Còn trong hạn xử lý', en: 'Within its due date' },
    unknown: { vi: 'Trang không hiển thị hạn xử lý của phản ánh, kiến nghị', en: 'The page does not show the due date' },
    answeredLate: { vi: 'Trả lời quá hạn {days} ngày làm việc (hạn {due}, trả lời {done})', en: 'Answered {days} working days late (due {due}, answered {done})' },
    overdue: { vi: 'Quá hạn {days} ngày làm việc (hạn {due}), chưa trả lời', en: '{days} working days overdue (due {due}), not answered' },
    late: { vi: 'Phản ánh, kiến nghị xử lý quá hạn', en: 'Handled late' },
  },
});
