import { counted } from './dossiers';
import { defineIndicator, known } from './types';

export const eResult = defineIndicator({
  key: 'procedure.e_result_rate',
  area: 'procedure',
  name: { vi: 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', en: 'Electronic result issuance rate' },
  phrases: ['tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử'],
  population: 'dossier',
  reads: ['status', 'resolved', 'eResult'],
  formula: { numerator: 'resolved dossiers whose result was issued electronically', denominator: 'resolved dossiers' },
  nationalTarget: { comparator: 'gte', value: 100 },
  item766: { group: 'MDSH', max: 6, fullAt: 1, whenNone: null },
  marksEachItem: true,
  pace: { item: 'hồ sơ giải quyết xong', quality: 'có kết quả điện tử', en: { one: 'settled dossier', many: 'settled dossiers', quality: 'have an electronic result' } },
  // Only resolved dossiers owe an electronic result.
  verdict: (d) => (counted(d) && d.resolved ? known(d.eResult) : null),
  explain: (_d, verdict) => ({ key: verdict ?? 'unresolved' }),
  messages: {
    hit: { vi: 'Đã cấp kết quả điện tử', en: 'Electronic result issued' },
    miss: { vi: 'Hồ sơ chưa có kết quả điện tử', en: 'No electronic result yet' },
    unknown: { vi: 'Trang không cho biết hồ sơ có kết quả điện tử hay không', en: 'The page does not show whether an electronic result was issued' },
    unresolved: { vi: 'Hồ sơ chưa giải quyết xong: chưa tính kết quả điện tử', en: 'Not resolved yet: no electronic result is due' },
    // What a procedure's page says it offers (checks/procedure): information, not part of the rate.
    offered: { vi: 'Thủ tục có trả kết quả điện tử', en: 'The procedure issues electronic results' },
    notOffered: { vi: 'Thủ tục chưa trả kết quả điện tử', en: 'The procedure does not issue electronic results' },
    offerUnknown: { vi: 'Trang không ghi thủ tục có trả kết quả điện tử hay không', en: 'The page does not say whether the procedure issues electronic results' },
  },
});
