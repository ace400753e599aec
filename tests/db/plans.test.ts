import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/db';
import { deletePlan, savePlan } from '../../lib/db/plans';
import { myTasks } from '../../lib/db/myTasks';
import type { ParsedPlan } from '../../lib/schema/plan';

const fresh = () => openDb(`plans-${crypto.randomUUID()}`);

const plan = (number: string, replaces: string[] = []): ParsedPlan => ({
  plan: { number, issuer: 'UBND phường Tam Thanh', level: 'phuong', date: '2026-02-10', year: 2026, period: 'năm 2026', implements: [], replaces },
  targets: [{ indicator: 'procedure.e_result_rate', area: 'procedure', comparator: 'gte', value: 100, unit: '%', text: 'đạt 100%' }],
  tasks: [
    { title: 'Rà soát thủ tục hành chính', area: 'procedure', lead: 'Phòng VH-XH', partners: ['Văn phòng HĐND và UBND'], output: 'Báo cáo', deadline: null },
    { title: 'Kiểm tra công tác CCHC', area: 'direction', lead: 'Văn phòng HĐND và UBND', partners: ['Phong Van hoa - Xa hoi'], output: null, deadline: null },
  ],
  responsibilities: [],
});

describe('saving a plan', () => {
  it('stores plan, targets and tasks; a unit sees what it leads or joins however it is spelled', async () => {
    const db = fresh();
    await savePlan(db, plan('49/KH-UBND'), 'kh.pdf', 1);
    expect([await db.plans.count(), await db.targets.count(), await db.tasks.count()]).toEqual([1, 1, 2]);
    const mine = await myTasks(db, 'Phòng Văn hóa - Xã hội');
    expect(mine.tasks.map((t) => t.title).sort()).toEqual(['Kiểm tra công tác CCHC', 'Rà soát thủ tục hành chính']);
  });

  it('marks the plan it replaces, and keeps the work done on its tasks', async () => {
    const db = fresh();
    const first = await savePlan(db, plan('47/KH-UBND'), 'old.txt', 1);
    const done = (await db.tasks.where('planId').equals(first.planId).toArray())[0];
    await db.tasks.update(done.id, { status: 'done', doneAt: 5, note: 'đã xong' });
    const second = await savePlan(db, plan('49/KH-UBND', ['47/KH-UBND']), 'new.txt', 2);
    expect(second.replaced).toEqual([first.planId]);
    expect(await db.plans.get(first.planId)).toMatchObject({ status: 'replaced', replacedBy: second.planId });
    const carried = await db.tasks.where('planId').equals(second.planId).toArray();
    expect(carried.find((t) => t.title === done.title)).toMatchObject({ status: 'done', note: 'đã xong' });
    const mine = await myTasks(db, 'Phòng VH-XH');
    expect(mine.tasks.every((t) => t.planId === second.planId)).toBe(true);
  });

  it('refuses a malformed plan with its place and stores nothing', async () => {
    const db = fresh();
    const bad = plan('49/KH-UBND') as unknown as { targets: { comparator: string }[] };
    bad.targets[0].comparator = 'khoảng';
    await expect(savePlan(db, bad, 'x', 1)).rejects.toThrow(/targets\[0\]\.comparator/);
    expect([await db.plans.count(), await db.targets.count(), await db.tasks.count()]).toEqual([0, 0, 0]);
  });

  it('deletes a plan with its targets and tasks', async () => {
    const db = fresh();
    const { planId } = await savePlan(db, plan('49/KH-UBND'), 'x', 1);
    await deletePlan(db, planId);
    expect([await db.plans.count(), await db.targets.count(), await db.tasks.count()]).toEqual([0, 0, 0]);
  });
});
