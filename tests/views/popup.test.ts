import { describe, expect, it } from 'vitest';
import { emptyDb } from './emptyDb';
import { savePlan } from '../../lib/db/plans';
import type { ParsedPlan } from '../../lib/schema/plan';
import { loadPopup, markTaskDone } from '../../lib/views/popup';

const UNIT = 'Phòng Văn hóa - Xã hội';

const plan: ParsedPlan = {
  plan: { number: '12/KH-UBND', issuer: 'UBND xã', level: 'xa', date: '2026-01-05', year: 2026, period: 'năm 2026', implements: [], replaces: [] },
  targets: [],
  tasks: [
    { title: 'Rà soát thủ tục', area: 'procedure', lead: UNIT, partners: [], output: null, deadline: { kind: 'date', to: '2026-03-31', text: 'trước 31/3/2026' } },
    { title: 'Tuyên truyền', area: 'direction', lead: UNIT, partners: [], output: null, deadline: null },
  ],
  responsibilities: [],
};

describe('popup data', () => {
  it('before a plan exists it does not claim that nothing is overdue', async () => {
    await emptyDb();
    const data = await loadPopup(UNIT, null, '2026-04-10');
    expect(data).toMatchObject({ hasPlans: false, due: [], pageMisses: null });
  });

  it('lists what is due, and a task marked done leaves it', async () => {
    const db = await emptyDb();
    await savePlan(db, plan, 'kh.txt', 1);
    const data = await loadPopup(UNIT, null, '2026-04-10');
    expect(data.due.map((t) => t.title)).toEqual(['Rà soát thủ tục']);
    await markTaskDone(data.due[0].id, 2);
    expect((await loadPopup(UNIT, null, '2026-04-10')).due).toEqual([]);
  });

  it('counts the dossiers of the open page that fall short', async () => {
    const db = await emptyDb();
    await db.pages.put({
      tabId: 3,
      url: 'https://x.gov.vn',
      kind: 'onestop.dossier_list',
      title: '',
      observedAt: 1,
      findings: [
        { id: 'a:1', check: 'a', indicator: null, status: 'fail', subject: '1', message: { key: '' } },
        { id: 'b:1', check: 'b', indicator: null, status: 'fail', subject: '1', message: { key: '' } },
        { id: 'a:list', check: 'a', indicator: null, status: 'fail', subject: 'list', message: { key: '' } },
      ],
    });
    expect((await loadPopup(UNIT, 3, '2026-04-10')).pageMisses).toEqual({ findings: 3, dossiers: 1 });
  });
});
