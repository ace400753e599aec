import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorkingDay, type World } from './world';
import { openExtensionPage } from '../../scripts/harness/extension';
import { inMarks } from '../../scripts/harness/marks';

let world: World;
let tabId: number;

beforeAll(async () => {
  ({ world, tabId } = await startWorkingDay());
});
afterAll(async () => world?.close());

const number = (text: string | null) => Number(/(\d+) (?:điểm chưa đạt)/.exec(text ?? '')?.[1] ?? NaN);
const badge = (portal: Page) => inMarks(portal, (root) => root.querySelector('.badge')?.textContent ?? '', undefined, '');

/** The count of shortfalls the in-page badge, the popup and the side panel show for the list. */
async function counts(portal: Page) {
  const popup = await openExtensionPage(world.session, `popup.html?tab=${tabId}`);
  const popupText = await popup.locator('.notice.error').textContent();
  await popup.close();
  const panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
  const panelText = await panel.locator('main .pill').first().textContent();
  await panel.close();
  return { badge: number(await badge(portal)), popup: number(popupText), panel: number(panelText) };
}

describe('one count of shortfalls on every surface', () => {
  it('is the same on the page, in the popup and in the side panel, before and after a finding is set aside', async () => {
    const portal = (await world.session.context.pages()).find((p) => p.url().includes('motcua.langson.gov.vn'))!;
    await expect.poll(async () => number(await badge(portal))).toBeGreaterThan(0);
    const before = await counts(portal);
    expect(before.popup).toBe(before.badge);
    expect(before.panel).toBe(before.badge);

    const panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
    await panel.getByRole('button', { name: 'Đã biết / bỏ qua' }).first().click();
    await expect.poll(async () => number(await badge(portal))).toBe(before.badge - 1);
    await panel.close();
    const after = await counts(portal);
    expect(after).toEqual({ badge: before.badge - 1, popup: before.badge - 1, panel: before.badge - 1 });
  });
});
