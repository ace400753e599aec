import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../lib/plan/parse';
import { openPdf, readPageText } from '../../lib/plan/pdf';
import { scanPdf } from '../../scripts/fixtures/scanPdf';
import { openExtensionPage } from '../../scripts/harness/extension';
import { fixture } from '../plan/helpers';
import { printPlanOnce } from '../plan/printPdf';
import { startWorld, type World } from './world';

/*
 * A scanned plan imported in the options page: OCR in a worker with the
 * engine and model shipped in the extension (the browser here has no other
 * way to them), progress with a way to stop, and a review that shows the
 * image of the line each target was read from. Two pages (letterhead and
 * targets) keep the OCR to a few seconds.
 */

let world: World;
const dir = mkdtempSync(join(tmpdir(), 'scan-e2e-'));
const scanFile = join(dir, 'ke-hoach-scan.pdf');
const realScan = resolve(__dirname, '../../../shared/corpus/plans/bca-kh996-tctlntw-2026-scanned.pdf');
/** Targets the text layer of the same two pages gives. */
let expectedTargets = 0;

beforeAll(async () => {
  const typed = await printPlanOnce(fixture('thuy-hung-2026.txt'), { pageNumbers: false });
  writeFileSync(scanFile, await scanPdf(typed, undefined, [1, 2]));
  const pdf = await openPdf(typed);
  const text = [await readPageText(await pdf.getPage(1)), await readPageText(await pdf.getPage(2))].join('\n\f\n');
  await pdf.destroy();
  expectedTargets = parsePlanText(text).targets.length;
  world = await startWorld();
}, 120_000);
afterAll(async () => {
  await world?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing a scanned plan', () => {
  it('shows OCR progress and stops when asked', async () => {
    const page = await openExtensionPage(world.session, 'options.html#plans');
    await page.getByLabel(/^Chọn tệp/).setInputFiles(scanFile);
    const progress = page.locator('[data-ocr-progress]');
    await progress.getByText(/Đang nhận dạng chữ \(OCR\): trang 1\/2/).waitFor({ timeout: 60_000 });
    await progress.getByRole('button', { name: 'Dừng nhận dạng' }).click();
    await page.getByText('Đã dừng nhận dạng chữ; kế hoạch chưa được đọc.').waitFor();
    expect(await progress.count()).toBe(0);
    expect(await page.locator('[data-review-target]').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('reads the scan, shows each target beside the image of its line, and saves the plan', async () => {
    const page = await openExtensionPage(world.session, 'options.html#plans');
    await page.getByLabel(/^Chọn tệp/).setInputFiles(scanFile);
    // Two engine threads may finish both pages close together: the progress is caught while the first is read.
    await page.locator('[data-ocr-progress]').getByText(/Đang nhận dạng chữ \(OCR\): trang 1\/2/).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).waitFor({ timeout: 120_000 });
    await page.getByText(/Đã nhận dạng chữ \(OCR\) 2 trang/).waitFor();
    const targets = page.locator('[data-review-target]');
    expect(expectedTargets).toBeGreaterThan(5);
    expect(await targets.count()).toBe(expectedTargets);
    // Each target's figure is on the OCR'd line shown with it, and that line's image is drawn.
    const first = targets.first();
    const figure = first.locator('[data-ocr-line]');
    await expect.poll(() => figure.locator('figcaption').textContent()).toMatch(/100%/);
    await expect.poll(() => figure.locator('canvas').evaluate((c: HTMLCanvasElement) => [c.width > 200, c.height > 10])).toEqual([true, true]);
    const inked = await figure.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 100) dark++;
      return dark / (data.length / 4);
    });
    expect(inked).toBeGreaterThan(0.01);
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.getByText(/Đã lưu kế hoạch .*: \d+ chỉ tiêu, \d+ nhiệm vụ/).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Thụy Hùng/ }).count()).toBe(1);
  }, 240_000);
  it.runIf(existsSync(realScan))('reads a real scan’s stamped number and its two targets, the number shown with its line image', async () => {
    const page = await openExtensionPage(world.session, 'options.html#plans');
    await page.getByLabel(/^Chọn tệp/).setInputFiles(realScan);
    await page.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).waitFor({ timeout: 240_000 });
    await expect.poll(() => page.getByLabel('Số hiệu').inputValue()).toBe('996/KH-TCTLNTW-C04');
    const number = page.locator('[data-ocr-number]');
    await number.getByText(/Số hiệu 996\/KH-TCTLNTW-C04 được đọc lại từ ảnh/).waitFor();
    expect(await number.locator('[data-ocr-engine-read]').textContent()).toMatch(/KH-TCTLNTW-C04/);
    await expect.poll(() => number.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width > 200)).toBe(true);
    const targets = page.locator('[data-review-target]');
    expect(await targets.count()).toBe(2);
    expect(await targets.nth(0).locator('[data-ocr-line] figcaption').textContent()).toMatch(/trên 15%/);
    expect(await targets.nth(1).locator('[data-ocr-line] figcaption').textContent()).toMatch(/trên 2%/);
    await page.close();
  }, 300_000);
});
