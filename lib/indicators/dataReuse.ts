import { UNCOUNTED, counted } from './dossiers';
import { defineIndicator, known } from './types';

export const dataReuse = defineIndicator({
  key: 'procedure.data_reuse_rate',
  area: 'procedure',
  name: { vi: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', en: 'Reuse of digitised information and data' },
  phrases: ['tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 'tái sử dụng dữ liệu'],
  population: 'dossier',
  reads: ['status', 'dataReuse'],
  formula: { numerator: 'dossiers with at least one component taken from digitised data', denominator: 'received dossiers' },
  nationalTarget: { comparator: 'gte', value: 80 },
  item766: { group: 'MDSH', max: 2, fullAt: 0.8, whenNone: null },
  marksEachItem: true,
  pace: { item: 'hồ sơ', quality: 'có tái sử dụng dữ liệu', en: { one: 'dossier', many: 'dossiers', quality: 'reuse digitised data' } },
  verdict: (d) => (counted(d) ? known(d.dataReuse) : null),
  explain: (_d, verdict) => ({ key: verdict ?? 'uncounted' }),
  messages: {
    hit: { vi: 'Có khai thác, sử dụng lại dữ liệu số hóa', en: 'Digitised data reused' },
    miss: { vi: 'Hồ sơ chưa khai thác, sử dụng lại dữ liệu số hóa', en: 'Digitised data not reused' },
    unknown: { vi: 'Trang không cho biết hồ sơ có tái sử dụng dữ liệu số hóa hay không', en: 'The page does not show whether digitised data was reused' },
    ...UNCOUNTED,
  },
});
