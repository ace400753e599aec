import { describe, expect, it } from 'vitest';
import { emptyDb } from './emptyDb';
import { savePlan } from '../../lib/db/plans';
import type { ParsedPlan } from '../../lib/schema/plan';
import { findSavedPlans, loadPlans, planName } from '../../lib/views/plans';

const plan = (number: string | null, titles = ['Rà soát thủ tục hành chính', 'Kiểm tra công tác CCHC', 'Số hóa hồ sơ']): ParsedPlan => ({
  plan: { number, issuer: 'UBND xã Thủy Hùng', level: 'xa', date: '2026-01-10', year: 2026, period: 'năm 2026', implements: [], replaces: [] },
  targets: [],
  tasks: titles.map((title) => ({ title, area: null, lead: 'Văn phòng', partners: [], output: null, deadline: null })),
  responsibilities: [],
});

describe('plans already saved', () => {
  it('names a plan by its number, else by its issuer and period', () => {
    expect(planName(plan('12/KH-UBND').plan)).toBe('12/KH-UBND');
    expect(planName(plan(null).plan)).toBe('UBND xã Thủy Hùng, năm 2026');
  });

  it('recognises the same number, or for a plan without one the same tasks (however spaced or cased)', async () => {
    const db = await emptyDb();
    expect(await findSavedPlans(plan('12/KH-UBND'))).toEqual([]);
    await savePlan(db, plan('12/KH-UBND'), 'kh.txt', 1);
    expect((await findSavedPlans(plan('12 / KH-UBND'))).map((p) => p.header.number)).toEqual(['12/KH-UBND']);
    expect(await findSavedPlans(plan(null))).toEqual([]);
    await savePlan(db, plan(null), 'kh.txt', 2);
    expect((await findSavedPlans(plan(null, ['RÀ SOÁT thủ tục hành chính', 'Kiểm tra công tác CCHC', 'Số hóa hồ sơ']))).map((p) => p.sourceName)).toEqual(['kh.txt']);
    expect(await findSavedPlans(plan(null, ['Tuyên truyền CCHC', 'Kiểm tra công tác CCHC']))).toEqual([]);
  });

  it('replace supersedes the earlier copy; keep both leaves both active; counts come from the index', async () => {
    const db = await emptyDb();
    const first = await savePlan(db, plan(null), 'kh.txt', 1);
    await savePlan(db, plan(null), 'kh.pdf', 2, { replace: [first.planId] });
    expect((await loadPlans()).map((p) => [p.plan.sourceName, p.plan.status, p.tasks])).toEqual([
      ['kh.pdf', 'active', 3],
      ['kh.txt', 'replaced', 3],
    ]);
    await savePlan(db, plan('5/KH'), 'a.txt', 3);
    await savePlan(db, plan('5/KH'), 'b.txt', 4, { keepBoth: true });
    expect((await db.plans.where('status').equals('active').toArray()).map((p) => p.sourceName).sort()).toEqual(['a.txt', 'b.txt', 'kh.pdf']);
  });
});
