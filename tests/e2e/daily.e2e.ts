import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorld, type World } from './world';
import { openExtensionPage, tabIdOf } from '../../scripts/harness/extension';
import { planText } from '../fixtures/plans';
import { printPlanOnce } from '../plan/printPdf';

/** The extension API inside an extension page evaluated by Playwright. */
declare const chrome: typeof import('wxt/browser').browser;

const PLAN = planText('an-tuong-6-thang-cuoi-2025.txt');
const UNIT = 'Phòng Văn hóa - Xã hội';

let world: World;
const badge = () => world.session.worker!.evaluate(() => chrome.action.getBadgeText({}));

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world?.close());

describe('a day with the extension', () => {
  let options: Page;

  it('imports a plan through the options page, after a review beside its sentences', async () => {
    options = await openExtensionPage(world.session, 'options.html#plans');
    await options.getByLabel('Dán văn bản kế hoạch').fill(PLAN);
    await options.getByRole('button', { name: 'Đọc kế hoạch' }).click();
    await options.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).waitFor();
    expect(await options.locator('[data-review-task]').count()).toBeGreaterThan(10);
    expect(await options.locator('[data-review-target]').count()).toBeGreaterThan(3);
    await options.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await options.getByText(/Đã lưu kế hoạch 132\/QĐ-UBND/).waitFor();
    await expect.poll(() => options.getByRole('row', { name: /132\/QĐ-UBND/ }).count()).toBe(1);
  });

  it('reads a signed PDF plan in the options page (its text layer, Vietnamese letters intact)', async () => {
    const pdf = await printPlanOnce(planText('thuy-hung-2026.txt'));
    const page = await openExtensionPage(world.session, 'options.html#plans');
    await page.getByLabel(/^Chọn tệp/).setInputFiles({ name: 'thuy-hung-2026.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await page.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).waitFor();
    expect(await page.locator('[data-review-target]').count()).toBe(16);
    await expect.poll(() => page.locator('[data-review-target] .quote').first().textContent()).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    await page.close();
  });

  it('shows the tasks of the chosen unit in the side panel', async () => {
    await options.getByRole('button', { name: 'Hồ sơ cá nhân' }).click();
    await options.getByLabel('Đơn vị của tôi').fill(UNIT);
    const panel = await openExtensionPage(world.session, 'sidepanel.html?view=tasks', 400, 900);
    await panel.getByRole('heading', { name: /^Quá hạn \(\d+\)/ }).waitFor();
    const cards = panel.locator('li.card');
    expect(await cards.count()).toBeGreaterThan(5);
    for (const lead of await panel.locator('li.card dl.facts dt:text-is("Chủ trì") + dd').allTextContents()) {
      expect(lead.length).toBeGreaterThan(0);
    }
  });

  it('marking an overdue task done updates the popup and the badge', async () => {
    await expect.poll(badge).toMatch(/^\d+$/);
    const before = Number(await badge());
    const popup = await openExtensionPage(world.session, 'popup.html', 360, 600);
    await expect.poll(() => popup.locator('li.card.overdue').count()).toBe(before);

    const panel = await openExtensionPage(world.session, 'sidepanel.html?view=tasks', 400, 900);
    const overdue = panel.locator('section', { has: panel.getByRole('heading', { name: /^Quá hạn/ }) }).locator('li.card').first();
    const title = (await overdue.locator('div').first().textContent())!;
    await overdue.getByRole('button', { name: 'Đánh dấu đã xong' }).click();
    await panel.getByLabel('Ghi chú (không bắt buộc)').fill('Đã gửi báo cáo');
    await panel.getByRole('button', { name: 'Lưu' }).click();
    const done = panel.locator('section', { has: panel.getByRole('heading', { name: /^Đã xong/ }) });
    await expect.poll(() => done.getByText(title, { exact: true }).count()).toBe(1);

    await expect.poll(badge).toBe(before - 1 > 0 ? String(before - 1) : '');
    await expect.poll(() => popup.locator('li.card.overdue').count()).toBe(before - 1);
  });

  it('reads the plan shown on a document page, from the side panel', async () => {
    const doc = await world.open('qlvb.document');
    const tabId = await tabIdOf(world.probe, doc.url().replace(/^http:/, '*:'));
    const panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
    const read = panel.getByRole('button', { name: 'Đọc kế hoạch từ trang này' });
    await read.waitFor();
    const opened = world.session.context.waitForEvent('page');
    await read.click();
    const importPage = await opened;
    await importPage.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).waitFor();
    expect(await importPage.getByLabel('Số hiệu').inputValue()).toBe('49/KH-UBND');
  });
});
