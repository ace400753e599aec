import { UNCOUNTED, counted } from './dossiers';
import { defineIndicator, known } from './types';

export const digitization = defineIndicator({
  key: 'procedure.digitization_rate',
  area: 'procedure',
  name: { vi: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', en: 'Digitisation of dossiers and results' },
  phrases: ['hồ sơ, kết quả giải quyết TTHC có giá trị tái sử dụng được số hóa', 'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính'],
  population: 'dossier',
  reads: ['status', 'digitized'],
  formula: { numerator: 'dossiers whose components were digitised', denominator: 'received dossiers' },
  item766: { group: 'MDSH', max: 4, fullAt: 1, whenNone: null },
  marksEachItem: true,
  pace: { item: 'hồ sơ', quality: 'được số hóa', en: { one: 'dossier', many: 'dossiers', quality: 'be digitised' } },
  verdict: (d) => (counted(d) ? known(d.digitized) : null),
  explain: (_d, verdict) => ({ key: verdict ?? 'uncounted' }),
  messages: {
    hit: { vi: 'Thành phần hồ sơ đã được số hóa', en: 'Dossier components digitised' },
    miss: { vi: 'Thành phần hồ sơ chưa được số hóa', en: 'Dossier components not digitised' },
    unknown: { vi: 'Trang không cho biết thành phần hồ sơ đã được số hóa hay chưa', en: 'The page does not show whether the components were digitised' },
    ...UNCOUNTED,
  },
});
