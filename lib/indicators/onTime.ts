import { workingDaysLate } from '../time/dates';
import type { Dossier } from '../schema/facts';
import { UNCOUNTED, dossierTimeliness } from './dossiers';
import { defineIndicator, type MessageRef, type Verdict } from './types';

function explain(d: Dossier, verdict: Verdict, today: string): MessageRef {
  if (verdict === null) return { key: 'uncounted' };
  if (verdict === 'unknown') return { key: 'unknown' };
  if (verdict === 'hit') {
    if (d.resolved) return { key: 'onTime' };
    return d.dueAt ? { key: 'withinDue', params: { due: d.dueAt } } : { key: 'within' };
  }
  if ((d.supplementRequests ?? 0) >= 2) return { key: 'supplements', params: { n: d.supplementRequests ?? 2 } };
  if (!d.dueAt) return { key: d.resolved ? 'lateResolved' : 'late' };
  if (d.resolved) {
    if (!d.completedAt) return { key: 'lateResolvedDue', params: { due: d.dueAt } };
    return { key: 'lateResolvedDays', params: { days: workingDaysLate(d.dueAt, d.completedAt), due: d.dueAt, done: d.completedAt } };
  }
  const days = workingDaysLate(d.dueAt, today);
  // The portal marked it late while its due date is still ahead: its own count wins.
  return days > 0 ? { key: 'lateDays', params: { days, due: d.dueAt } } : { key: 'lateDue', params: { due: d.dueAt } };
}

export const onTime = defineIndicator({
  key: 'procedure.on_time_rate',
  area: 'procedure',
  name: { vi: 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn', en: 'Dossiers resolved early or on time' },
  phrases: ['hồ sơ TTHC được giải quyết trước và đúng hạn', 'giải quyết đúng hạn'],
  population: 'dossier',
  reads: ['status', 'resolved', 'dueAt', 'completedAt', 'onTime', 'supplementRequests'],
  formula: { numerator: 'dossiers resolved on time plus those still within their due date', denominator: 'received dossiers' },
  item766: { group: 'TDGQ', max: 20, fullAt: 1, whenNone: null },
  marksEachItem: true,
  pace: { item: 'hồ sơ', quality: 'giải quyết đúng hạn', en: { one: 'dossier', many: 'dossiers', quality: 'be settled on time' } },
  verdict: (d, ctx) => dossierTimeliness(d, ctx.today),
  explain: (d, verdict, ctx) => explain(d, verdict, ctx.today),
  messages: {
    onTime: { vi: 'Giải quyết đúng hạn', en: 'Resolved on time' },
    withinDue: { vi: 'Còn trong hạn (hạn trả {due})', en: 'Within its due date ({due})' },
    within: { vi: 'Còn trong hạn', en: 'Within its due date' },
    unknown: { vi: 'Trang không hiển thị hạn trả và tiến độ của hồ sơ', en: 'The page shows neither the due date nor the progress' },
    supplements: { vi: 'Đã yêu cầu bổ sung {n} lần: tính là trễ hạn', en: 'Supplements requested {n} times: counted as late' },
    late: { vi: 'Hồ sơ đã quá hạn', en: 'Overdue' },
    lateResolved: { vi: 'Hồ sơ giải quyết quá hạn', en: 'Resolved late' },
    lateResolvedDue: { vi: 'Hồ sơ giải quyết quá hạn (hạn trả {due})', en: 'Resolved late (due {due})' },
    lateResolvedDays: { vi: 'Giải quyết quá hạn {days} ngày làm việc (hạn trả {due}, có kết quả {done})', en: 'Resolved {days} working days late (due {due}, result on {done})' },
    lateDays: { vi: 'Quá hạn {days} ngày làm việc (hạn trả {due}), chưa có kết quả', en: '{days} working days overdue (due {due}), no result yet' },
    lateDue: { vi: 'Cổng đánh dấu quá hạn (hạn trả {due}), chưa có kết quả', en: 'Marked overdue by the portal (due {due}), no result yet' },
    ...UNCOUNTED,
  },
});
