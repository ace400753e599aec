import { defineIndicator, known } from './types';

/**
 * Nghị định 42/2022/NĐ-CP: an eligible procedure should be offered fully
 * online (toàn trình). Which procedures are eligible is not shown on their
 * pages: those whose level is shown stand for them.
 */
export const fullOnlineProcedure = defineIndicator({
  key: 'procedure.full_online_procedure_rate',
  area: 'procedure',
  name: { vi: 'Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình', en: 'Eligible procedures offered fully online' },
  phrases: ['thủ tục hành chính có đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình', 'dịch vụ công trực tuyến toàn trình'],
  population: 'procedure',
  reads: ['onlineLevel'],
  formula: { numerator: 'procedures offered as full-process online services', denominator: 'procedures whose online level is shown' },
  marksEachItem: true,
  verdict: (p) => (p.onlineLevel === null ? 'unknown' : known(p.onlineLevel === 'full')),
  explain: (p) => ({ key: p.onlineLevel ?? 'unknown' }),
  messages: {
    full: { vi: 'Thủ tục được cung cấp dịch vụ công trực tuyến toàn trình', en: 'Offered fully online' },
    partial: { vi: 'Thủ tục mới cung cấp dịch vụ công trực tuyến một phần, chưa toàn trình', en: 'Only partly online, not fully' },
    none: { vi: 'Thủ tục chưa cung cấp dịch vụ công trực tuyến', en: 'Not offered online' },
    unknown: { vi: 'Trang không ghi mức độ dịch vụ công trực tuyến của thủ tục', en: 'The page does not show the online level' },
  },
});
