import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorkingDay, type World } from './world';
import { dumpDatabase, openExtensionPage } from '../../scripts/harness/extension';
import { inMarks } from '../../scripts/harness/marks';

let world: World;
let tabId: number;

beforeAll(async () => {
  ({ world, tabId } = await startWorkingDay());
});
afterAll(async () => world?.close());

const storedLanguage = async () => ((await dumpDatabase(world.probe)).settings as { value: { language: string } }[])[0]?.value.language;

/** The text of the in-page badge, read from its shadow root. */
const badgeText = (page: Page) => inMarks(page, (root) => root.querySelector('.badge')?.textContent ?? '', undefined, '');

async function choose(label: string): Promise<void> {
  const options = await openExtensionPage(world.session, 'options.html#language');
  await options.locator('main select').selectOption({ label });
  await options.close();
}

/** What the side panel, the options page and the page's marks say in the stored language. */
async function surfaces() {
  const panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
  await panel.locator('main .card').first().waitFor();
  const tabs = await panel.getByRole('tab').allTextContents();
  const finding = await panel.locator('main li.card .meta .muted').first().textContent();
  await panel.getByRole('tab', { selected: false }).last().click();
  const period = await panel.getByRole('combobox', { name: /^(Kỳ|Period)/ }).locator('option').first().textContent();
  const index766 = panel.locator('section[aria-labelledby="index766-title"]');
  await index766.locator('li').first().waitFor();
  // The 766 estimate's group names, their explanations and its notes, and what each target takes.
  const estimate = [
    ...(await index766.locator('tbody td:first-child').allTextContents()),
    ...(await index766.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('title') ?? ''))),
    ...(await index766.locator('li').allTextContents()),
    ...(await panel.locator('main li.card > p.small').allTextContents()),
  ].join('\n');
  // The estimate's points in the tab's own figures, as the language writes decimals.
  const points = (await index766.locator('p strong').first().textContent()) ?? '';
  await panel.close();
  const options = await openExtensionPage(world.session, 'options.html#language');
  const heading = await options.locator('#language-title').textContent();
  await options.close();
  const portal = await world.open('onestop.dossier_list');
  await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
  await expect.poll(() => badgeText(portal)).toMatch(/\d/);
  const mark = await badgeText(portal);
  await portal.close();
  return { tabs, finding, period, estimate, points, heading, mark };
}

/** A Word 97–2003 file: its OLE signature is all the reader needs to refuse it. */
const wordDoc = { name: 'ke-hoach.doc', mimeType: 'application/msword', buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]) };

/** What the plan reader says, in the options page, of a .doc file and of a backup pasted in place of a plan. */
async function planRefusals(): Promise<{ doc: string; json: string }> {
  const options = await openExtensionPage(world.session, 'options.html#plans');
  const section = options.locator('section[aria-labelledby="plans-title"]');
  const notice = section.locator('.notice');
  await section.locator('input[type="file"]').setInputFiles(wordDoc);
  await notice.waitFor();
  const doc = (await notice.textContent()) ?? '';
  await section.locator('textarea').fill('{"format": "tro-ly-cchc-backup", "tables": {}}');
  await section.locator('button.primary').first().click();
  await expect.poll(() => notice.textContent()).not.toBe(doc);
  const json = (await notice.textContent()) ?? '';
  await options.close();
  return { doc, json };
}

/** What the data page says of a file that is not a backup, picked to restore from (a file of a newer version, and one cut short). */
async function restoreRefusals(): Promise<{ newer: string; cut: string }> {
  const options = await openExtensionPage(world.session, 'options.html#data');
  options.on('dialog', (d) => void d.accept());
  const input = options.locator('section[aria-labelledby="data-title"] input[type="file"]').last();
  const notice = options.locator('.notice');
  const newer = { name: 'moi.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"tro-ly-cchc.backup","version":9}') };
  await input.setInputFiles(newer);
  await notice.waitFor();
  const told = (await notice.textContent()) ?? '';
  await input.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"tro-ly-cchc.backup","vers') });
  await expect.poll(() => notice.textContent()).not.toBe(told);
  const cut = (await notice.textContent()) ?? '';
  await options.close();
  return { newer: told, cut };
}

describe('the language switch, both ways', () => {
  it('English: the setting, the side panel, a finding, a period, the options and the marks follow', async () => {
    await choose('English');
    await expect.poll(storedLanguage).toBe('en');
    const seen = await surfaces();
    expect(seen.tabs).toEqual(['My tasks', 'This page', 'Targets']);
    expect(seen.finding).toMatch(/rate|dossier|on time|reuse|satisfaction/i);
    expect(seen.period).toMatch(/^This month \(\d{1,2}\/\d{4}\)$/);
    expect(seen.estimate).toMatch(/This is an estimate: \d+\.\d\/\d+ points/);
    expect(seen.estimate).toContain('Settlement progress');
    expect(seen.estimate).not.toMatch(/[À-ỹđĐ]/);
    expect(seen.points).toMatch(/^\d+\.\d\/\d+ points/);
    expect(seen.heading).toBe('Language');
    expect(seen.mark).toMatch(/short of target/);
    const refused = await planRefusals();
    expect(refused.doc).toMatch(/^Error: A Word 97–2003 file \(\.doc\) cannot be read yet: open it in Word or LibreOffice/);
    expect(refused.json).toBe('Error: This is JSON data (a backup or an export), not the text of a plan.');
    expect(Object.values(refused).join('\n')).not.toMatch(/[À-ỹđĐ]/);
    const restore = await restoreRefusals();
    expect(restore.newer).toBe('Error: version: this backup is version 9, newer than version 1 this extension reads');
    expect(restore.cut).toBe('Error: The file is not valid JSON (it may be cut short): the backup cannot be read');
  });

  it('and back to Vietnamese', async () => {
    await choose('Tiếng Việt');
    await expect.poll(storedLanguage).toBe('vi');
    const seen = await surfaces();
    expect(seen.tabs).toEqual(['Việc của tôi', 'Trang này', 'Chỉ tiêu']);
    expect(seen.finding).toMatch(/Tỷ lệ|hồ sơ|hạn/);
    expect(seen.period).toMatch(/^Tháng này \(tháng \d{1,2}\/\d{4}\)$/);
    expect(seen.estimate).toMatch(/Đây là ước tính: \d+,\d\/\d+ điểm/);
    expect(seen.estimate).toContain('Tiến độ giải quyết');
    expect(seen.points).toMatch(/^\d+,\d\/\d+ điểm/);
    expect(seen.heading).toBe('Ngôn ngữ');
    expect(seen.mark).toMatch(/điểm chưa đạt/);
    const refused = await planRefusals();
    expect(refused.doc).toMatch(/^Lỗi: Tệp Word 97–2003 \(\.doc\) chưa đọc được — hãy mở bằng Word hoặc LibreOffice/);
    expect(refused.json).toBe('Lỗi: Đây là dữ liệu JSON (tệp sao lưu hoặc tệp xuất), không phải văn bản kế hoạch.');
    const restore = await restoreRefusals();
    expect(restore.newer).toBe('Lỗi: version: bản sao lưu phiên bản 9 mới hơn phiên bản 1 mà tiện ích này đọc được');
    expect(restore.cut).toBe('Lỗi: Tệp không phải JSON hợp lệ (có thể bị cắt cụt): không đọc được bản sao lưu');
  });
});
