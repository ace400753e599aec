import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorld, type World } from './world';
import { openExtensionPage } from '../../scripts/harness/extension';
import { planText } from '../fixtures/plans';

const PLAN = planText('thuy-hung-2026.txt');

let world: World;
let options: Page;

beforeAll(async () => {
  world = await startWorld();
  options = await openExtensionPage(world.session, 'options.html#plans');
});
afterAll(async () => world?.close());

async function readAndSave(): Promise<void> {
  await options.getByLabel('Dán văn bản kế hoạch').fill(PLAN);
  await options.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  await options.getByRole('button', { name: 'Lưu kế hoạch' }).click();
}

const rows = () => options.locator('table.grid tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));

describe('the same plan imported twice', () => {
  it('the first time it is saved, named though it has no number', async () => {
    await readAndSave();
    const saved = await options.getByText(/^Đã lưu kế hoạch/).textContent();
    expect(saved).toMatch(/^Đã lưu kế hoạch \p{L}.+: \d+ chỉ tiêu, \d+ nhiệm vụ\.$/u);
    expect(saved).not.toContain('—');
    await expect.poll(rows).toHaveLength(1);
  });

  it('the second time the person is asked; keeping both keeps both', async () => {
    await readAndSave();
    await options.getByRole('alertdialog').getByText(/đã được lưu ngày/).waitFor();
    await options.getByRole('button', { name: 'Giữ cả hai' }).click();
    await expect.poll(rows).toHaveLength(2);
    expect((await rows()).every((r) => r.includes('Đang áp dụng'))).toBe(true);
  });

  it('the third time, replacing leaves this copy alone in force', async () => {
    await readAndSave();
    await options.getByRole('button', { name: 'Thay bản đã lưu' }).click();
    await expect.poll(async () => (await rows()).filter((r) => r.includes('Đang áp dụng')).length).toBe(1);
    expect(await rows()).toHaveLength(3);
  });
});
