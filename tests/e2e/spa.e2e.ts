import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inMarks } from '../../scripts/harness/marks';
import { startWorld, type World } from './world';
import { dumpDatabase, tabIdOf } from '../../scripts/harness/extension';

const DOSSIER_CODE = /\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}/g;

let world: World;
let page: Page;
let tabId: number;

/** The dossier codes the grid shows now. */
const shownCodes = async () => [...new Set((await page.locator('[role="grid"]').innerText()).match(DOSSIER_CODE))].sort();

const storedFor = async () => {
  const dump = await dumpDatabase(world.probe);
  const row = (dump.pages as { tabId: number; findings: { subject: string }[] }[]).find((p) => p.tabId === tabId);
  const ids = new Set((dump.observations as { id: string }[]).map((o) => o.id));
  return { subjects: new Set(row?.findings.map((f) => f.subject) ?? []), ids };
};

beforeAll(async () => {
  world = await startWorld();
  page = await world.open('onestop.dossier_list');
  // The second fixture of this kind is the single-page grid; open it by its own path.
  await page.goto(page.url().replace('/vi/dossier/search', '/vi/dossier/processing'));
  tabId = await tabIdOf(world.probe, '*://motcua.langson.gov.vn/vi/dossier/processing*');
});
afterAll(async () => world?.close());

describe('a one-stop grid that renders after load and re-renders without reload', () => {
  it('reads the rows that arrive after the page loaded', async () => {
    await expect.poll(async () => (await shownCodes()).length).toBeGreaterThan(0);
    const codes = await shownCodes();
    await expect
      .poll(async () => {
        const { ids } = await storedFor();
        return codes.filter((c) => !ids.has(`dossier:motcua.langson.gov.vn:${c}`));
      })
      .toEqual([]);
  });

  it('picks up page 2 and marks its rows', async () => {
    const first = await shownCodes();
    await page.getByRole('button', { name: '2', exact: true }).click();
    await expect.poll(shownCodes).not.toEqual(first);
    const second = await shownCodes();
    await expect
      .poll(async () => {
        const { ids, subjects } = await storedFor();
        return second.every((c) => ids.has(`dossier:motcua.langson.gov.vn:${c}`)) && [...subjects].some((s) => second.includes(s));
      })
      .toBe(true);
    // The marks follow the new rows, and are drawn over them even though grid rows have no box of their own.
    const marked = await inMarks(page, (root) => [...root.querySelectorAll('.mark')].filter((m) => m.getBoundingClientRect().height > 0).length, undefined, 0);
    expect(marked).toBeGreaterThan(0);
  });

  it('follows "Tải lại", which replaces every row element', async () => {
    const before = await page.locator('[role="row"]').nth(1).elementHandle();
    await page.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => before!.evaluate((row) => row.isConnected)).toBe(false);
    // Once the content script has re-read the grid, every mark sits on a live row again.
    await expect
      .poll(() =>
        inMarks(
          page,
          (root) => {
            const marks = [...root.querySelectorAll('.mark')];
            return marks.length > 0 && marks.every((m) => m.getBoundingClientRect().height > 0);
          },
          undefined,
          false,
        ),
      )
      .toBe(true);
    const codes = await shownCodes();
    const { ids } = await storedFor();
    expect(codes.filter((c) => !ids.has(`dossier:motcua.langson.gov.vn:${c}`))).toEqual([]);
  });
});
