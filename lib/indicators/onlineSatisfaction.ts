import { counted } from './dossiers';
import { defineIndicator, known } from './types';

export const onlineSatisfaction = defineIndicator({
  key: 'procedure.online_satisfaction_rate',
  area: 'procedure',
  name: { vi: 'Tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến', en: 'Satisfaction with online public services' },
  phrases: ['người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến'],
  population: 'dossier',
  reads: ['status', 'channel', 'rating'],
  formula: { numerator: 'satisfied ratings on online dossiers', denominator: 'ratings on online dossiers' },
  marksEachItem: false,
  pace: { item: 'đánh giá dịch vụ công trực tuyến', quality: 'hài lòng', en: { one: 'online service rating', many: 'online service ratings', quality: 'be a satisfied one' } },
  verdict: (d) => (counted(d) && d.channel === 'online' && d.rating !== null ? known(d.rating !== 'dissatisfied') : null),
  explain: (_d, verdict) => ({ key: verdict === 'hit' ? 'hit' : verdict === 'miss' ? 'miss' : 'unrated' }),
  messages: {
    hit: { vi: 'Hồ sơ trực tuyến được đánh giá hài lòng', en: 'Online dossier rated satisfied' },
    miss: { vi: 'Hồ sơ trực tuyến bị đánh giá không hài lòng', en: 'Online dossier rated dissatisfied' },
    unrated: { vi: 'Không phải hồ sơ trực tuyến đã được đánh giá: không tính', en: 'Not a rated online dossier: not counted' },
  },
});
