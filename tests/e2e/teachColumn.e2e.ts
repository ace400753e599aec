import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorld, type World } from './world';
import { dumpDatabase, openExtensionPage, tabIdOf } from '../../scripts/harness/extension';

const PATH = '/so-theo-doi/ho-so';
let world: World;
let portal: Page;
let panel: Page;

interface Stored {
  type: string;
  data: { code: string; dueAt: string | null; onTime: boolean | null };
}
const dueDates = async () =>
  ((await dumpDatabase(world.probe)).observations as Stored[])
    .filter((o) => o.type === 'dossier' && o.data.code.startsWith('000.00.31.H33-2609'))
    .map((o) => [o.data.code, o.data.dueAt])
    .sort();

beforeAll(async () => {
  world = await startWorld();
  portal = await world.session.context.newPage();
  await portal.goto(world.server.urlOf(`https://motcua.langson.gov.vn${PATH}`));
  await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
  const tabId = await tabIdOf(world.probe, `*://motcua.langson.gov.vn${PATH}*`);
  panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 420, 900);
});
afterAll(async () => world?.close());

describe('a list whose due-date header the extension does not know', () => {
  it('the side panel says which column it could not read, and stores no due date', async () => {
    await panel.getByText('Chưa đọc được cột Ngày hẹn trả').waitFor();
    await expect.poll(async () => (await dueDates()).length).toBe(3);
    expect((await dueDates()).every(([, due]) => due === null)).toBe(true);
  });

  it('the person points at the column once; the page is read again with it, and the mapping is kept for the host', async () => {
    await panel.getByLabel('Cột Ngày hẹn trả trên trang này là').selectOption('Thời điểm phải trả');
    await panel.getByRole('button', { name: 'Dùng cột này' }).click();
    await expect
      .poll(dueDates)
      .toEqual([
        ['000.00.31.H33-260901-0001', '2026-09-02'],
        ['000.00.31.H33-260901-0002', '2026-09-03'],
        ['000.00.31.H33-260902-0003', '2026-09-05'],
      ]);
    const settings = (await dumpDatabase(world.probe)).settings as { value: { columns: Record<string, Record<string, string>> } }[];
    expect(settings[0].value.columns['motcua.langson.gov.vn']).toEqual({ due: 'thoi diem phai tra' });
    // The late dossier is now marked late on the page, and the panel no longer asks.
    await expect.poll(() => panel.getByText('Chưa đọc được cột Ngày hẹn trả').count()).toBe(0);
  });

  it('uses it from then on: a reload reads the due dates at once', async () => {
    await portal.reload();
    await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
    await panel.waitForTimeout(1500);
    expect(await panel.getByText('Chưa đọc được cột Ngày hẹn trả').count()).toBe(0);
    expect((await dueDates()).every(([, due]) => due !== null)).toBe(true);
  });
});
