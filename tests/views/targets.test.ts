import { describe, expect, it } from 'vitest';
import { emptyDb } from './emptyDb';
import { loadTargetsView, trendMonths } from '../../lib/views/targets';
import { say } from '../../lib/i18n';
import { savePlan } from '../../lib/db/plans';
import { upsertObservations } from '../../lib/db/observations';
import { dossier as build, dossierObs } from '../build';
import { chosenPeriod, periodOf } from '../../lib/time/periods';
import { emptyPeriodText } from '../../lib/metrics/dataSpan';

const dossier = (code: string, receivedAt: string, dataReuse: boolean) =>
  dossierObs(
    build(code, { status: 'Đã trả kết quả', receivedAt, dueAt: receivedAt, completedAt: receivedAt, resolved: true, onTime: true, eResult: true, digitized: true, dataReuse }),
  );

describe('targets view', () => {
  it('lists the six months up to today, oldest first', () => {
    expect(trendMonths('2026-11-24').map((m) => m.from)).toEqual(['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01']);
  });

  it('measures the period against the plan target and shows the monthly trend', async () => {
    const db = await emptyDb();
    await savePlan(
      db,
      {
        plan: { number: '49/KH-UBND', issuer: null, level: null, date: null, year: 2026, period: null, implements: [], replaces: [] },
        targets: [{ indicator: 'procedure.data_reuse_rate', area: 'procedure', comparator: 'gte', value: 85, unit: '%', text: 'đạt tối thiểu 85%' }],
        tasks: [],
        responsibilities: [],
      },
      'kh.txt',
    );
    await upsertObservations(db, [
      dossier('A', '2026-11-02', true),
      dossier('B', '2026-11-03', true),
      dossier('C', '2026-11-04', true),
      dossier('D', '2026-11-05', false),
      dossier('E', '2026-10-10', false),
    ]);
    const view = await loadTargetsView(periodOf('month', '2026-11-24'), '2026-11-24', null);
    expect(view.empty).toBe(false);
    const reuse = view.rows.find((r) => r.metric.indicator === 'procedure.data_reuse_rate')!;
    expect([reuse.metric.numerator, reuse.metric.denominator, reuse.metric.status, reuse.metric.target?.value]).toEqual([3, 4, 'not_met', 85]);
    expect(reuse.trend).toEqual([null, null, null, null, 0, 0.75]);
    // One reading, worded in the language of whoever shows it.
    expect(say('vi', reuse.sentence!)).toMatch(/^Khó đạt 85% trong tháng 11\/2026 theo nhịp hiện tại/);
    expect(say('en', reuse.sentence!)).toMatch(/^85% is hard to reach in 11\/2026 at the current pace/);
    expect(say('en', view.index766.notes[0])).toMatch(/^This is an estimate: /);
    const eResult = view.rows.find((r) => r.metric.indicator === 'procedure.e_result_rate')!;
    expect(eResult.metric.target?.value).toBe(100); // 02/NQ-CP where the plan is silent
    expect(view.index766.estimate.label).toBe('ước tính');
  });

  it('measures the previous month, and says an empty period is empty and where data exists', async () => {
    const db = await emptyDb();
    await upsertObservations(db, [dossier('A', '2026-10-02', true), dossier('B', '2026-10-20', false), dossier('C', '2026-11-03', true)]);
    const october = await loadTargetsView(chosenPeriod({ kind: 'month', previous: true }, '2026-11-24'), '2026-11-24', null);
    const reuse = october.rows.find((r) => r.metric.indicator === 'procedure.data_reuse_rate')!;
    expect([october.period.from, october.period.to, reuse.metric.numerator, reuse.metric.denominator, october.empty]).toEqual(['2026-10-01', '2026-10-31', 1, 2, false]);

    const december = await loadTargetsView(periodOf('month', '2026-12-05'), '2026-12-05', null);
    expect([december.empty, december.span]).toEqual([true, { from: '2026-10-02', to: '2026-11-03' }]);
    expect(emptyPeriodText(december.span)).toBe('Chưa có dữ liệu trong kỳ này; có dữ liệu từ 02/10/2026 đến 03/11/2026.');
    await emptyDb();
    const none = await loadTargetsView(periodOf('month', '2026-12-05'), '2026-12-05', null);
    expect([none.empty, none.span, emptyPeriodText(none.span)]).toEqual([true, null, 'Chưa có dữ liệu trong kỳ này; tiện ích chưa ghi nhận hồ sơ hay phản ánh, kiến nghị nào.']);
  });
});
