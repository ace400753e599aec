import { UNCOUNTED, counted, dossierTimeliness } from './dossiers';
import { defineIndicator } from './types';

/**
 * As the 766 index counts it: every received dossier counts as satisfied
 * unless rated dissatisfied, complained about or overdue. Complaints are not
 * visible to the extension.
 */
export const satisfaction = defineIndicator({
  key: 'procedure.satisfaction_rate',
  area: 'procedure',
  name: { vi: 'Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính', en: 'Satisfaction with receiving and resolving procedures' },
  phrases: [
    'mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
    'mức độ hài lòng của người dân và tổ chức về giải quyết TTHC',
    'mức độ hài lòng của người dân, tổ chức về giải quyết thủ tục hành chính',
  ],
  population: 'dossier',
  reads: ['status', 'rating', 'resolved', 'dueAt', 'completedAt', 'onTime', 'supplementRequests'],
  formula: { numerator: 'received dossiers not rated dissatisfied, complained about or overdue', denominator: 'received dossiers' },
  nationalTarget: { comparator: 'gte', value: 90 },
  item766: { group: 'MDHL', max: 6, fullAt: 0.9, whenNone: null },
  marksEachItem: false,
  pace: { item: 'hồ sơ', quality: 'không bị đánh giá không hài lòng và không trễ hạn', en: { one: 'dossier', many: 'dossiers', quality: 'be neither rated dissatisfied nor late' } },
  verdict: (d, ctx) => {
    if (!counted(d)) return null;
    return d.rating === 'dissatisfied' || dossierTimeliness(d, ctx.today) === 'miss' ? 'miss' : 'hit';
  },
  explain: (d, verdict) => ({ key: verdict === null ? 'uncounted' : verdict === 'hit' ? 'hit' : d.rating === 'dissatisfied' ? 'dissatisfied' : 'late' }),
  messages: {
    hit: { vi: 'Không bị đánh giá không hài lòng và không trễ hạn', en: 'Neither rated dissatisfied nor late' },
    dissatisfied: { vi: 'Bị đánh giá không hài lòng', en: 'Rated dissatisfied' },
    late: { vi: 'Trễ hạn: tính là không hài lòng', en: 'Late: counted as not satisfied' },
    ...UNCOUNTED,
  },
});
