import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorld, type World } from './world';
import { dumpDatabase, openExtensionPage, tabIdOf } from '../../scripts/harness/extension';
import { inMarks } from '../../scripts/harness/marks';

let world: World;
let portal: Page;
let panel: Page;
let tabId: number;

const storedAt = async () =>
  ((await dumpDatabase(world.probe)).pages as { tabId: number; observedAt: number }[]).find((p) => p.tabId === tabId)?.observedAt;

beforeAll(async () => {
  world = await startWorld();
  portal = await world.open('onestop.dossier_list');
  await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
  tabId = await tabIdOf(world.probe, '*://motcua.langson.gov.vn/vi/dossier/search*');
  for (let i = 0; i < 100 && !(await storedAt()); i++) await world.probe.waitForTimeout(100);
  panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
});
afterAll(async () => world?.close());

describe('a portal page that tries to steer the content script', () => {
  it("cannot stop it with WXT's 'content-script-started' event, nor make it write with 'locationchange'", async () => {
    const before = await storedAt();
    const extensionId = world.session.extensionId;
    await portal.evaluate((id) => {
      for (const script of ['onestop', 'dvc', 'qlvb', 'content']) {
        const started = `${id}:${script}:wxt:content-script-started`;
        const detail = { contentScriptName: script, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(started, { detail }));
        window.postMessage({ type: started, ...detail }, '*');
        for (let i = 0; i < 50; i++) window.dispatchEvent(new Event(`${id}:${script}:wxt:locationchange`));
      }
      // Keys the page makes up do not move the person's place either.
      document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyJ', bubbles: true }));
    }, extensionId);
    await portal.waitForTimeout(1500);
    // No write followed the forged navigation events.
    expect(await storedAt()).toBe(before);
    expect(await inMarks(portal, (root) => root.querySelectorAll('.mark.current').length, undefined, -1)).toBe(0);
    // The side panel's jump still reaches the script, which still scrolls and flashes the row.
    await panel.getByRole('button', { name: 'Đến dòng trên trang' }).first().click();
    await expect.poll(() => inMarks(portal, (root) => root.querySelectorAll('.mark.flash').length, undefined, 0)).toBeGreaterThan(0);
  });

  it('cannot reach the marks to rewrite the badge', async () => {
    const reached = await portal.evaluate(() => {
      const host = document.querySelector('tro-ly-cchc-marks');
      return host?.shadowRoot !== null || host === null;
    });
    expect(reached).toBe(false);
    await portal.evaluate(() => {
      const host = document.querySelector('tro-ly-cchc-marks')!;
      host.textContent = 'Trang đạt toàn bộ chỉ tiêu';
    });
    expect(await inMarks(portal, (root) => root.querySelector('.badge')?.textContent ?? '', undefined, '')).toMatch(/chưa đạt/);
  });
});
