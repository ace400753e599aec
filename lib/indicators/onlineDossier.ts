import { UNCOUNTED, counted } from './dossiers';
import { defineIndicator, known } from './types';

export const onlineDossier = defineIndicator({
  key: 'procedure.online_dossier_rate',
  area: 'procedure',
  name: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
  phrases: ['tỷ lệ hồ sơ nộp trực tuyến', 'hồ sơ thủ tục hành chính được tiếp nhận trực tuyến', 'hồ sơ nộp trực tuyến'],
  population: 'dossier',
  reads: ['status', 'channel'],
  formula: { numerator: 'dossiers received online', denominator: 'received dossiers' },
  marksEachItem: false,
  pace: { item: 'hồ sơ', quality: 'nộp trực tuyến', en: { one: 'dossier', many: 'dossiers', quality: 'be submitted online' } },
  verdict: (d) => (counted(d) ? (d.channel === null ? 'unknown' : known(d.channel === 'online')) : null),
  explain: (_d, verdict) => ({ key: verdict ?? 'uncounted' }),
  messages: {
    hit: { vi: 'Nộp trực tuyến', en: 'Submitted online' },
    miss: { vi: 'Không nộp trực tuyến', en: 'Not submitted online' },
    unknown: { vi: 'Trang không cho biết kênh nộp hồ sơ', en: 'The page does not show the channel' },
    ...UNCOUNTED,
  },
});
