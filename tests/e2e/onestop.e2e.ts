import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inMarks } from '../../scripts/harness/marks';
import { startWorld, type World } from './world';
import { dumpDatabase, openExtensionPage, tabIdOf } from '../../scripts/harness/extension';

const DOSSIER_CODE = /\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}/g;

interface PageRowDump {
  tabId: number;
  findings: { id: string; status: string; subject: string }[];
}

let world: World;
let portal: Page;
let panel: Page;
let tabId: number;

const marks = (page: Page) =>
  inMarks(
    page,
    (root) =>
      [...root.querySelectorAll('.mark')].map((m) => ({
        tag: m.getAttribute('title') ?? '',
        flashing: m.classList.contains('flash'),
        top: m.getBoundingClientRect().top,
      })),
    undefined,
    [],
  );

async function storedPage(): Promise<PageRowDump> {
  for (let i = 0; i < 50; i++) {
    const row = ((await dumpDatabase(world.probe)).pages as PageRowDump[]).find((p) => p.tabId === tabId);
    if (row) return row;
    await world.probe.waitForTimeout(100);
  }
  throw new Error('the background never stored the page');
}

beforeAll(async () => {
  world = await startWorld();
  portal = await world.open('onestop.dossier_list');
  await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
  tabId = await tabIdOf(world.probe, '*://motcua.langson.gov.vn/*');
  panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
});
afterAll(async () => world?.close());

describe('one-stop dossier list in Chromium', () => {
  it('the content script marks the dossiers that fall short, with the reason', async () => {
    await expect.poll(async () => (await marks(portal)).length).toBeGreaterThan(0);
    for (const m of await marks(portal)) expect(m.tag).toMatch(/\p{L}{3,}/u);
  });

  it('its message reached the background, which stored every dossier on the page', async () => {
    const codes = new Set((await portal.locator('body').innerText()).match(DOSSIER_CODE));
    expect(codes.size).toBeGreaterThan(3);
    await expect
      .poll(async () => {
        const ids = new Set(((await dumpDatabase(world.probe)).observations as { id: string }[]).map((o) => o.id));
        return [...codes].filter((c) => !ids.has(`dossier:motcua.langson.gov.vn:${c}`));
      })
      .toEqual([]);
  });

  it('the side panel lists the same findings the page marks', async () => {
    const row = await storedPage();
    const failing = row.findings.filter((f) => f.status === 'fail');
    // One mark per failing subject (each dossier, and the list itself for its rates); those near the viewport are drawn.
    const subjects = new Set(failing.map((f) => f.subject));
    const placed = await portal.locator('tro-ly-cchc-marks').getAttribute('data-marks');
    expect(Number(placed)).toBe(subjects.size);
    expect((await marks(portal)).length).toBeGreaterThan(0);
    expect((await marks(portal)).length).toBeLessThanOrEqual(subjects.size);
    await panel.getByText(`${failing.length} điểm chưa đạt`).first().waitFor();
    await expect.poll(() => panel.locator('li.reason.fail').count()).toBe(failing.length);
    await expect.poll(() => panel.locator('li.card.fail').count()).toBe(subjects.size);
  });

  it('a rate opens the dossiers it counts, as many as its denominator', async () => {
    const rates = panel.locator('li.reason').filter({ has: panel.getByRole('button', { name: /^Xem \d+ hồ sơ được tính$/ }) });
    await expect.poll(() => rates.count()).toBeGreaterThan(0);
    const ids = await rates.evaluateAll((items) => items.map((li) => li.getAttribute('data-finding')!));
    for (const id of ids) {
      const rate = panel.locator(`li.reason[data-finding="${id}"]`);
      const [, met, counted] = /(\d+)\/(\d+) =/.exec((await rate.locator('.msg').textContent()) ?? '') ?? [];
      await rate.getByRole('button', { name: `Xem ${counted} hồ sơ được tính` }).click();
      await expect.poll(() => rate.locator('.rate-dossiers > li').count()).toBe(Number(counted));
      expect(await rate.locator('.rate-dossiers .pill.pass').count()).toBe(Number(met));
      await rate.getByRole('button', { name: 'Ẩn danh sách hồ sơ' }).click();
    }
  });

  it('a click on a finding scrolls the page to its row and flashes it', async () => {
    await portal.evaluate(() => window.scrollTo(0, 0));
    const last = panel.getByRole('button', { name: 'Đến dòng trên trang' }).last();
    await last.click();
    await expect.poll(async () => (await marks(portal)).some((m) => m.flashing)).toBe(true);
    const flashing = (await marks(portal)).find((m) => m.flashing)!;
    const height = await portal.evaluate(() => window.innerHeight);
    expect(flashing.top).toBeGreaterThanOrEqual(0);
    expect(flashing.top).toBeLessThan(height);
  });
});
