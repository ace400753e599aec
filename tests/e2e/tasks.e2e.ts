import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorkingDay, type World } from './world';
import { openExtensionPage } from '../../scripts/harness/extension';

/** The service worker's `chrome`, as the page evaluates it. */
declare const chrome: typeof import('wxt/browser').browser;

let world: World;
let panel: Page;

beforeAll(async () => {
  ({ world } = await startWorkingDay());
  panel = await openExtensionPage(world.session, 'sidepanel.html?view=tasks', 400, 900);
  await panel.locator('li.card').first().waitFor();
});
afterAll(async () => world?.close());

const setAside = () => panel.locator('section[aria-labelledby=group-set-aside] li').allTextContents();
const card = (title: string) => panel.locator('li.card', { hasText: title }).first();
/** An action kept behind the card's "⋯", opened first. */
async function more(title: string, action: string): Promise<void> {
  await card(title).getByRole('button', { name: 'Thao tác khác' }).click();
  await card(title).getByRole('button', { name: action }).click();
}

describe('tasks set aside, and brought back', () => {
  it('a snoozed task is listed apart with its date, and undo brings it back', async () => {
    const title = (await panel.locator('li.card [id^=task-]').first().textContent())!;
    await card(title).getByRole('button', { name: 'Hoãn 3 ngày' }).click();
    await expect.poll(setAside).toEqual([expect.stringContaining(title)]);
    expect((await setAside())[0]).toMatch(/Hoãn đến \d{2}\/\d{2}\/\d{4}/);
    await panel.getByRole('button', { name: 'Đưa lại vào danh sách' }).click();
    await expect.poll(setAside).toEqual([]);
    await card(title).getByRole('button', { name: 'Hoãn 3 ngày' }).waitFor();
  });

  it('"không phải việc của tôi" too', async () => {
    const title = (await panel.locator('li.card [id^=task-]').nth(1).textContent())!;
    await more(title, 'Không phải việc của tôi');
    await expect.poll(setAside).toEqual([expect.stringContaining('Không phải việc của tôi')]);
    await panel.getByRole('button', { name: 'Đưa lại vào danh sách' }).click();
    await expect.poll(setAside).toEqual([]);
  });

  it('"đang thực hiện" from the keyboard: ⋯ opens the rarer actions, Escape closes them', async () => {
    const title = (await panel.locator('li.card [id^=task-]').first().textContent())!;
    const toggle = card(title).getByRole('button', { name: 'Thao tác khác' });
    expect(await card(title).getByRole('button', { name: 'Đánh dấu đang thực hiện' }).count()).toBe(0);
    await toggle.focus();
    await panel.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await panel.keyboard.press('Tab');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Đánh dấu đang thực hiện');
    await panel.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => toggle.evaluate((b) => b === document.activeElement)).toBe(true);
    await panel.keyboard.press('Enter');
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    await expect.poll(() => card(title).locator('.pill').allTextContents()).toContain('Đang thực hiện');
  });

  it('done with a date, a note and an evidence link, all shown on the card', async () => {
    const title = (await panel.locator('li.card [id^=task-]').first().textContent())!;
    await card(title).getByRole('button', { name: 'Đánh dấu đã xong' }).click();
    await panel.getByLabel('Ngày hoàn thành').fill('2026-03-02');
    await panel.getByLabel(/^Ghi chú/).fill('Đã ban hành quyết định, gửi các bộ phận.');
    await panel.getByLabel(/^Liên kết minh chứng/).fill('https://qlvb.langson.gov.vn/vb/123');
    await panel.getByRole('button', { name: 'Lưu', exact: true }).click();
    const done = panel.locator('section[aria-labelledby=group-done] li.card', { hasText: title });
    await done.waitFor();
    const text = await done.textContent();
    expect(text).toContain('02/03/2026');
    expect(text).toContain('Đã ban hành quyết định');
    expect(await done.getByRole('link', { name: 'https://qlvb.langson.gov.vn/vb/123' }).count()).toBe(1);
  });
});

const badge = () => world.session.worker!.evaluate(() => chrome.action.getBadgeText({}));
const inGroup = (group: string, title: string) => panel.locator(`section[aria-labelledby=group-${group}] li.card`, { hasText: title });

describe('a saved task corrected in the side panel', () => {
  it('a deadline given to an undated task moves it to "Quá hạn" and onto the toolbar badge', async () => {
    const undated = panel.locator('section[aria-labelledby=group-undated] li.card [id^=task-]').first();
    const title = (await undated.textContent())!;
    const before = Number((await badge()) || 0);
    await more(title, 'Sửa nhiệm vụ');
    const form = panel.locator('.edit-form');
    await form.getByRole('textbox', { name: /^Thời hạn/ }).fill('Trước ngày 15/01/2026');
    await expect.poll(() => form.textContent()).toContain('Hạn: 15/01/2026');
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    await inGroup('overdue', title).waitFor();
    expect(await inGroup('undated', title).count()).toBe(0);
    await expect.poll(badge).toBe(String(before + 1));
  });

  it('its text, area and lead too, kept after the panel is opened again', async () => {
    const title = (await panel.locator('section[aria-labelledby=group-overdue] li.card [id^=task-]').first().textContent())!;
    await more(title, 'Sửa nhiệm vụ');
    const form = panel.locator('.edit-form');
    await form.getByLabel('Nội dung nhiệm vụ').fill(`${title} (đã sửa)`);
    await form.getByLabel('Lĩnh vực').selectOption({ label: 'Cải cách thủ tục hành chính' });
    await form.getByRole('textbox', { name: /^Chủ trì/ }).fill('Phòng Văn hóa - Xã hội; Văn phòng HĐND và UBND');
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    // Saved once the live list shows it; then the panel opens again from the database.
    await card(`${title} (đã sửa)`).waitFor();
    await panel.reload();
    const edited = card(`${title} (đã sửa)`);
    await edited.waitFor();
    const text = await edited.textContent();
    expect(text).toContain('Phòng Văn hóa - Xã hội; Văn phòng HĐND và UBND');
    expect(text).toContain('Cải cách thủ tục hành chính');
  });
});
