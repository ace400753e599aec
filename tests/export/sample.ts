import { buildExport, type ExportFile } from '../../lib/export/exportJson';
import type { PlanRecord, TargetRecord } from '../../lib/schema/records';
import { unitKey } from '../../lib/plan/units';
import { dossier, dossierObs, feedback, feedbackObs, task } from '../build';

export const UNIT = 'Phường Đông Kinh';
export const TODAY = '2026-11-20';

const plan: PlanRecord = {
  id: 'p1',
  header: { number: '49/KH-UBND', issuer: 'UBND phường Đông Kinh', level: 'phuong', date: '2026-01-05', year: 2026, period: 'năm 2026', implements: [], replaces: [] },
  status: 'active',
  replacedBy: null,
  importedAt: 1,
  sourceName: '49-KH-UBND.pdf',
};
const reuseTarget: TargetRecord = {
  id: 'tg1',
  planId: 'p1',
  indicator: 'procedure.data_reuse_rate',
  area: 'procedure',
  comparator: 'gte',
  value: 80,
  unit: '%',
  text: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 80%',
};
const deadline = { kind: 'date' as const, text: 'Trước 15/11/2026', to: '2026-11-15' };

/**
 * Two colleagues of one ward. Both saw dossier D1: A early, without reuse;
 * B later, after the reused data was recorded. Merged, November has D1
 * (reuse), D2 (reuse), D3 (none): 2 of 3.
 */
export const exportA: ExportFile = buildExport(
  {
    profile: { unit: UNIT },
    observations: [
      dossierObs(dossier('000.00.12.H25-261102-0001', { receivedAt: '2026-11-02', procedureName: 'Đăng ký khai sinh', channel: 'online', dataReuse: false, dueAt: '2026-11-04', resolved: false }), { unit: UNIT, seenAt: 100 }),
      dossierObs(dossier('000.00.12.H25-261103-0002', { receivedAt: '2026-11-03', procedureName: 'Chứng thực bản sao, "bản chính"', channel: 'direct', dataReuse: true, resolved: true, completedAt: '2026-11-05', dueAt: '2026-11-06', eResult: true, rating: 'satisfied' }), { unit: UNIT, seenAt: 100 }),
      feedbackObs(feedback('PA-01', { title: 'Phản ánh về thời gian trả kết quả', receivedAt: '2026-11-05', dueAt: '2026-11-26' }), { unit: UNIT }),
    ],
    tasks: [task('t1', { planId: 'p1', unitKeys: [unitKey(UNIT)], area: 'procedure', title: 'Rà soát, đơn giản hóa TTHC', lead: 'Văn phòng HĐND và UBND', deadline }), task('t2', { planId: 'p1', unitKeys: [unitKey(UNIT)], area: 'direction', title: 'Ban hành Kế hoạch CCHC năm 2026', lead: 'Phòng Văn hóa - Xã hội', status: 'done', doneAt: Date.parse('2026-01-05T02:00:00Z'), evidence: 'Kế hoạch 49/KH-UBND' })],
    plans: [plan],
    targets: [reuseTarget],
  },
  new Date('2026-11-20T03:00:00Z'),
);

export const exportB: ExportFile = buildExport(
  {
    profile: { unit: UNIT },
    observations: [
      dossierObs(dossier('000.00.12.H25-261102-0001', { receivedAt: '2026-11-02', procedureName: 'Đăng ký khai sinh', channel: 'online', dataReuse: true, dueAt: '2026-11-04', resolved: true, completedAt: '2026-11-04', eResult: true }), { unit: UNIT, seenAt: 200 }),
      dossierObs(dossier('000.00.12.H25-261110-0003', { receivedAt: '2026-11-10', procedureName: 'Đăng ký kết hôn', channel: 'online', dataReuse: false }), { unit: UNIT, seenAt: 150 }),
    ],
    tasks: [task('t1', { planId: 'p1', unitKeys: [unitKey(UNIT)], area: 'procedure', title: 'Rà soát, đơn giản hóa TTHC', lead: 'Văn phòng HĐND và UBND', deadline, status: 'done', doneAt: Date.parse('2026-11-14T02:00:00Z'), evidence: 'Báo cáo số 12/BC-UBND', note: 'Đã gửi Sở Tư pháp' })],
    plans: [plan],
    targets: [reuseTarget],
  },
  new Date('2026-11-20T04:00:00Z'),
);
