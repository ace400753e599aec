import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { startWorkingDay, type World } from './world';
import { dumpDatabase, openExtensionPage } from '../../scripts/harness/extension';
import { SHEET_NAMES } from '../../lib/export/workbook';

let world: World;

beforeAll(async () => {
  ({ world } = await startWorkingDay());
});
afterAll(async () => world?.close());

describe('exports from the options page, in Chromium', () => {
  it('writes a workbook a spreadsheet reader opens, with the year\'s dossiers in it', async () => {
    const options = await openExtensionPage(world.session, 'options.html#data');
    await options.getByLabel('Kỳ').selectOption('year');
    const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^tro-ly-cchc-year-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = await file.path();
    const sheets = await readSheetNames(path);
    expect(sheets).toEqual(expect.arrayContaining([SHEET_NAMES.metrics, SHEET_NAMES.dossiers, SHEET_NAMES.tasks, SHEET_NAMES.feedback]));
    const dossiers = await readXlsxFile(path, { sheet: SHEET_NAMES.dossiers });
    const codes = dossiers.slice(5).map((row) => String(row[0]));
    expect(codes).toContain('000.31.20.H33-260504-0001');
    const tasks = await readXlsxFile(path, { sheet: SHEET_NAMES.tasks });
    expect(tasks.length).toBeGreaterThan(5);
  });

  it('exports last year, says that it is empty and where data exists, and exports a range of dates', async () => {
    const options = await openExtensionPage(world.session, 'options.html#data');
    const year = Number(new Date().toISOString().slice(0, 4));
    await options.getByLabel('Kỳ').selectOption('year-previous');
    const [empty] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click()]);
    expect(empty.suggestedFilename()).toMatch(/^tro-ly-cchc-year-truoc-/);
    await options.getByText(new RegExp(`^Đã tạo tệp, nhưng kỳ năm ${year - 1} chưa có dữ liệu: Chưa có dữ liệu trong kỳ này; có dữ liệu từ \\d{2}/\\d{2}/\\d{4} đến \\d{2}/\\d{2}/\\d{4}\\.$`)).waitFor();

    await options.getByLabel('Kỳ').selectOption('custom');
    await options.getByLabel('Từ ngày').fill(`${year}-05-01`);
    await options.getByLabel('Đến ngày').fill(`${year}-05-31`);
    const [range] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click()]);
    expect(range.suggestedFilename()).toMatch(new RegExp(`^tro-ly-cchc-${year}-05-01-${year}-05-31-`));
    const whole = await readXlsxFile(await range.path(), { sheet: SHEET_NAMES.dossiers });
    expect(whole[2][0]).toBe(`Kỳ báo cáo: từ ngày 01/05/${year} đến ngày 31/05/${year}`);
    expect(whole.slice(5).map((row) => String(row[0]))).toContain('000.31.20.H33-260504-0001');
  });

  it('writes the chosen sheet as CSV that Excel reads as UTF-8 (with a byte-order mark)', async () => {
    const options = await openExtensionPage(world.session, 'options.html#data');
    await options.getByLabel('Kỳ').selectOption('year');
    const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Xuất CSV' }).click()]);
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('000.31.20.H33-260504-0001');
    expect(file.suggestedFilename()).toMatch(/^Hồ sơ-/);
  });

  it('refuses a foreign file as a backup, saying why, and keeps everything', async () => {
    const options = await openExtensionPage(world.session, 'options.html#data');
    options.on('dialog', (d) => void d.accept());
    await options.getByLabel('Khôi phục từ bản sao lưu').setInputFiles({ name: 'khac.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"other-app"}') });
    await options.getByText(/^Lỗi: /).waitFor();
    expect(await options.getByText(/^Lỗi: /).textContent()).toMatch(/không phải bản sao lưu/);
    const counts = Object.fromEntries(Object.entries(await dumpDatabase(options)).map(([table, rows]) => [table, rows.length]));
    expect(counts).toMatchObject({ plans: 1, tasks: 11, targets: 16 });    const panel = await openExtensionPage(world.session, 'sidepanel.html?view=tasks', 400, 900);
    await expect.poll(() => panel.locator('li.card').count()).toBeGreaterThan(0);
  });
});

describe('the periodic CCHC report from the options page, in Chromium', () => {
  it('downloads the quarter report as a .docx in the official layout, with the one-stop figures in Biểu mẫu 3', async () => {
    const options = await openExtensionPage(world.session, 'options.html#data');
    await options.getByLabel('Thời gian báo cáo').selectOption('q2');
    await options.getByLabel('Năm báo cáo').fill('2026');
    const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click()]);
    expect(file.suggestedFilename()).toBe('bao-cao-cchc-ca-nhan-q2-2026.docx');
    const xml = strFromU8(unzipSync(readFileSync(await file.path()))['word/document.xml']);
    for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Công tác cải cách hành chính quý II năm 2026', 'Biểu mẫu 3', 'Times New Roman']) expect(xml).toContain(text);
    expect(xml).toMatch(/Số liệu từ \d+ hồ sơ đã xem trên hệ thống một cửa/);
    await options.getByText('Đã tạo báo cáo CCHC quý II năm 2026.').waitFor();
  });
});
