import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from './world';
import { chooseUnit, openExtensionPage } from '../../scripts/harness/extension';

/*
 * The 2026 plan of a province as its staff receive it, a Word file, reviewed
 * task by task before saving: each task beside where it was read, its
 * deadline shown as understood, a field corrected; then the tasks of one
 * unit in "Việc của tôi". The province's annual report offers nothing to save.
 */

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/plans');

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world?.close());

describe('reviewing a plan from a Word file', () => {
  it('shows each task beside its source with its deadline understood, lets a field be fixed, and saves', async () => {
    const options = await openExtensionPage(world.session, 'options.html#plans');
    await options.getByLabel(/^Chọn tệp/).setInputFiles(join(CORPUS, 'lamdong-kh-cchc-2026.docx'));
    await options.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).waitFor();
    expect(await options.locator('[data-review-target]').count()).toBe(38);

    const card = (start: string) => options.locator('[data-review-task]', { has: options.locator(`textarea:text-matches("^${start}")`) }).first();
    // A monthly report due on the 5th: its next occurrence is shown.
    const monthly = card('Tham mưu UBND tỉnh tự đánh giá chỉ số');
    await expect.poll(() => monthly.getByText(/^Định kỳ, lần tới: 05\/\d\d\/\d{4}$/).count()).toBe(1);
    // A relative deadline has no due date until the day of its event is set.
    const relative = card('Rà soát, sửa đổi, bổ sung chức năng');
    await relative.getByText('Chưa có hạn: chọn ngày của sự kiện để tính').waitFor();
    await relative.getByLabel(/^Ngày có văn bản của Trung ương/).fill('2026-03-02');
    await relative.getByText('Hạn: 02/06/2026').waitFor();
    // The lead corrected by hand; the source it was read from stays in view.
    const checks = card('Tổ chức kiểm tra, chấn chỉnh tác phong');
    expect(await checks.getByText('Dòng trong văn bản').isVisible()).toBe(true);
    await checks.getByLabel('Chủ trì').fill('Thanh tra tỉnh; Văn phòng UBND tỉnh');
    // A deadline typed the way plans write it is read as typed.
    await checks.getByLabel('Thời hạn').fill('Trước ngày 31/01 năm liền kề');
    await checks.getByText(/^Định kỳ, lần tới: 31\/01\/\d{4}$/).waitFor();

    await options.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await options.getByText(/Đã lưu kế hoạch/).waitFor();
    await options.close();
  });

  it('lists the tasks of a unit, the corrected lead included, in "Việc của tôi"', async () => {
    await chooseUnit(world.session, 'Thanh tra tỉnh');
    const panel = await openExtensionPage(world.session, 'sidepanel.html?view=tasks', 400, 900);
    await panel.locator('li.card', { hasText: 'Tổ chức thanh tra trách nhiệm thực hiện nhiệm vụ công vụ' }).waitFor();
    await panel.locator('li.card', { hasText: 'Tổ chức kiểm tra, chấn chỉnh tác phong' }).waitFor();
    await panel.close();
  });

  it('tells the person a report is not a plan and offers nothing to save', async () => {
    const options = await openExtensionPage(world.session, 'options.html#plans');
    await options.getByLabel(/^Chọn tệp/).setInputFiles(join(CORPUS, 'lamdong-bc329-cchc-2025.pdf'));
    const notice = options.locator('.notice', { hasText: /Đây là báo cáo số 329\/BC-UBND, không phải kế hoạch/ });
    await notice.waitFor();
    // Being a report is how the file is, not a failure: a neutral notice, no "Lỗi:".
    expect(await notice.getAttribute('class')).toBe('notice info');
    expect(await notice.textContent()).not.toMatch(/^Lỗi/);
    expect(await options.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).count()).toBe(0);
    expect(await options.getByRole('button', { name: 'Lưu kế hoạch' }).count()).toBe(0);
    await options.close();
  });
});
