import { formatDateVi as viDate, workingDaysLate } from '../metrics/dates';
import type { Feedback, Finding } from '../schema/facts';
import { fold } from '../text/fold';
import { finding } from './finding';
import { rateFinding, share } from './rates';
import type { CheckContext } from './types';

// An answer may be shown by status alone, without its date.
const ANSWERED = /da tra loi|da xu ly|da giai quyet|hoan thanh|da phan hoi/;

function answered(f: Feedback): boolean {
  return f.handledAt !== null || (f.status !== null && ANSWERED.test(fold(f.status)));
}

/**
 * As the index counts it: answered by the due date, or not yet answered and
 * still within it. Null when the page shows too little to tell.
 */
export function feedbackInTime(f: Feedback, today: string): boolean | null {
  if (f.handledAt && f.dueAt) return f.handledAt <= f.dueAt;
  if (!answered(f) && f.dueAt) return today <= f.dueAt;
  return f.onTime;
}

export function feedbackOnTime(f: Feedback, ctx: CheckContext): Finding {
  const make = (status: 'pass' | 'fail' | 'na', message: string) =>
    finding(ctx, 'feedbackOnTime', f.code, 'procedure.feedback_on_time_rate', status, message);
  const verdict = feedbackInTime(f, ctx.today);
  if (verdict === null) return make('na', 'Trang không hiển thị hạn xử lý của phản ánh, kiến nghị');
  if (verdict) {
    if (answered(f)) return make('pass', 'Phản ánh, kiến nghị được trả lời đúng hạn');
    return make('pass', f.dueAt ? `Còn trong hạn xử lý (hạn ${viDate(f.dueAt)})` : 'Còn trong hạn xử lý');
  }
  if (f.handledAt && f.dueAt) {
    return make('fail', `Trả lời quá hạn ${workingDaysLate(f.dueAt, f.handledAt)} ngày làm việc (hạn ${viDate(f.dueAt)}, trả lời ${viDate(f.handledAt)})`);
  }
  if (!answered(f) && f.dueAt) return make('fail', `Quá hạn ${workingDaysLate(f.dueAt, ctx.today)} ngày làm việc (hạn ${viDate(f.dueAt)}), chưa trả lời`);
  return make('fail', 'Phản ánh, kiến nghị xử lý quá hạn');
}

export function feedbackOnTimeRate(items: readonly Feedback[], ctx: CheckContext): Finding {
  const s = share(items, (f) => feedbackInTime(f, ctx.today));
  return rateFinding(ctx, 'feedbackOnTimeRate', 'procedure.feedback_on_time_rate', 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', 'phản ánh, kiến nghị', s);
}
