import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from './world';
import { chooseUnit, openExtensionPage } from '../../scripts/harness/extension';
import { planText } from '../fixtures/plans';

/** A ward's plan as an OCR gave it: no diacritics, digits and symbols inside words. */
const PLAN = planText('tam-thanh-2026.txt');
const RESTORED = 'Tham mưu tổ chức đánh giá, chấm điểm Chỉ số CCHC năm 2026 của phường theo hướng dẫn của Sở Nội vụ.';
const OCR = 'Tham muu t6 chirc danh gia, chdm diém Chi s6 CCHC nam 2026 cua phuong theo hudng dan ciia S& Noi vu.';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world?.close());

describe('a plan pasted as OCR that lost its diacritics', () => {
  it('is reviewed in proper Vietnamese, the OCR wording one click away, and can be edited', async () => {
    const options = await openExtensionPage(world.session, 'options.html#plans');
    await options.getByLabel('Dán văn bản kế hoạch').fill(PLAN);
    await options.getByRole('button', { name: 'Đọc kế hoạch' }).click();
    await options.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).waitFor();
    const card = options.locator('[data-review-task]', { has: options.locator(`textarea:text-is("${RESTORED}")`) });
    await expect.poll(() => card.count()).toBe(1);
    const original = card.getByText(OCR);
    expect(await original.isVisible()).toBe(false);
    await card.getByText('Văn bản gốc').click();
    await original.waitFor();
    await card.getByLabel('Nội dung nhiệm vụ').fill(`${RESTORED} (đã sửa)`);
    await options.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await options.getByText(/Đã lưu kế hoạch 49\/KH-UBND/).waitFor();
    await options.close();
  });

  it('shows its tasks in proper Vietnamese in the side panel, with the OCR wording on demand', async () => {
    await chooseUnit(world.session, 'Phòng Văn hóa - Xã hội');
    const panel = await openExtensionPage(world.session, 'sidepanel.html?view=tasks', 400, 900);
    const card = panel.locator('li.card', { hasText: `${RESTORED} (đã sửa)` });
    await card.waitFor();
    expect(await card.locator('dl.facts dd').first().textContent()).toBe('Phòng Văn hóa - Xã hội');
    await card.getByText('Văn bản gốc').click();
    await card.getByText(OCR).waitFor();
    await panel.close();
  });
});
