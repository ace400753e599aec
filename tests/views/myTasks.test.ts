import { describe, expect, it } from 'vitest';
import { emptyDb } from './emptyDb';
import { savePlan } from '../../lib/db/plans';
import type { ParsedPlan } from '../../lib/schema/plan';
import { finishTask, loadMyTasks, restoreTask, setNotMine, snoozeTask } from '../../lib/views/myTasks';

const UNIT = 'Văn phòng HĐND và UBND';
const plan: ParsedPlan = {
  plan: { number: '3/KH', issuer: 'UBND xã', level: 'xa', date: '2026-01-05', year: 2026, period: 'năm 2026', implements: [], replaces: [] },
  targets: [],
  tasks: ['Rà soát thủ tục', 'Tuyên truyền', 'Kiểm tra'].map((title) => ({ title, area: null, lead: UNIT, partners: [], output: null, deadline: null })),
  responsibilities: [],
};

describe('"Việc của tôi" data', () => {
  it('snoozed and "not mine" tasks are set aside, not lost, and come back on undo', async () => {
    const db = await emptyDb();
    await savePlan(db, plan, 'kh.txt', 1);
    const today = '2026-04-10';
    const [a, b] = (await loadMyTasks(UNIT, today)).groups.get('undated')!;
    await snoozeTask(a.id, today);
    await setNotMine(b.id);
    let data = await loadMyTasks(UNIT, today);
    expect(data.setAside.map((t) => [t.title, t.status, t.snoozedUntil])).toEqual([
      [a.title, 'snoozed', '2026-04-13'],
      [b.title, 'not_mine', null],
    ]);
    expect(data.groups.get('undated')!.length).toBe(1);
    // After its day a snoozed task is back by itself.
    expect((await loadMyTasks(UNIT, '2026-04-14')).setAside.map((t) => t.title)).toEqual([b.title]);
    await restoreTask(b.id);
    await restoreTask(a.id);
    data = await loadMyTasks(UNIT, today);
    expect([data.setAside.length, data.groups.get('undated')!.length]).toEqual([0, 3]);
  });

  it('done on the day the person gives, with the note and evidence', async () => {
    const db = await emptyDb();
    await savePlan(db, plan, 'kh.txt', 1);
    const [task] = (await loadMyTasks(UNIT, '2026-04-10')).groups.get('undated')!;
    await finishTask(task.id, { on: '2026-04-02', note: ' Đã xong ', evidence: 'https://x.gov.vn/1' });
    const done = (await loadMyTasks(UNIT, '2026-04-10')).groups.get('done')!;
    expect(done.map((t) => [t.title, new Date(t.doneAt!).toISOString().slice(0, 10), t.note, t.evidence])).toEqual([[task.title, '2026-04-02', 'Đã xong', 'https://x.gov.vn/1']]);
  });
});
