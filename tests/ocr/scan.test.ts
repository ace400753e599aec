import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterAccuracy } from '../../lib/ocr/accuracy';
import { startNodeEngine } from '../../lib/ocr/node';
import { OcrCancelled, readScannedPdf, type ScanProgress, type ScanReading } from '../../lib/ocr/scan';
import { parsePlanText } from '../../lib/plan/parse';
import { openPdf, pdfToText, readPageText } from '../../lib/plan/pdf';
import type { ParsedPlan } from '../../lib/schema/plan';
import { phonePhoto, scanPdf } from '../../scripts/fixtures/scanPdf';
import { fixture } from '../plan/helpers';
import { printPlanOnce } from '../plan/printPdf';

/** The typed Thụy Hùng plan as a PDF with a text layer, printed with the project's fonts. */
const thuyHungPdf = () => printPlanOnce(fixture('thuy-hung-2026.txt'), { pageNumbers: false });

/*
 * Scans read by OCR with the engine and model the extension ships. OCR costs
 * seconds a page: the whole Thụy Hùng plan (8 pages) and the real scan
 * (4 pages) are read once, by two engines side by side (the first with two
 * threads, as the extension runs it).
 */

const root = join(__dirname, '../..');
const realScan = join(root, '../shared/corpus/plans/bca-kh996-tctlntw-2026-scanned.pdf');
const same = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function essence(p: ParsedPlan) {
  return {
    targets: p.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.area]),
    tasks: p.tasks.map((t) => [t.lead, t.partners, t.area, t.deadline?.kind ?? null]),
  };
}

describe('OCR of scanned plans', () => {
  let original: Uint8Array;
  let scan: Uint8Array;
  let thuyHung: ScanReading;
  let real: ScanReading | null = null;
  const progress: ScanProgress[] = [];

  beforeAll(async () => {
    original = await thuyHungPdf();
    scan = await scanPdf(original);
    const read = async (data: Uint8Array, threads: number, onProgress?: (p: ScanProgress) => void) => {
      const engine = await startNodeEngine(threads);
      try {
        return await readScannedPdf(data, engine, { onProgress });
      } finally {
        await engine.stop();
      }
    };
    [thuyHung, real] = await Promise.all([
      // Two engine threads, a page each, as the extension reads a scan on a machine with two cores.
      read(scan, 2, (p) => progress.push(p)),
      existsSync(realScan) ? read(new Uint8Array(readFileSync(realScan)), 1) : null,
    ]);
  }, 600_000);

  it('the made scan has no text layer: it is images only', async () => {
    await expect(pdfToText(scan)).rejects.toThrow(/không có lớp chữ/);
    const pdf = await openPdf(scan);
    expect(pdf.numPages).toBe(8);
    await pdf.destroy();
  }, 120_000);

  it('reads every page by OCR, reporting progress page by page', () => {
    expect(thuyHung.pages.map((p) => p.ocr)).toEqual(Array(8).fill(true));
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(progress.every((p) => p.pages === 8)).toBe(true);
    expect(progress.at(-1)?.leftMs).toBe(0);
    const line = thuyHung.pages[1].lines.find((l) => l.text.includes('Chỉ tiêu cụ thể'));
    expect(line?.box.width).toBeGreaterThan(100);
    expect(line?.page).toBe(2);
  });

  it('gets at least 98% of the characters of each page right, diacritics included', async () => {
    const pages = (await pdfToText(original)).split('\f');
    const read = thuyHung.text.split('\f');
    expect(read).toHaveLength(pages.length);
    for (const [i, page] of pages.entries()) expect(characterAccuracy(page, read[i]), `page ${i + 1}`).toBeGreaterThanOrEqual(0.98);
  });

  it('gives the same targets and tasks as the plan’s text', async () => {
    const fromText = parsePlanText(await pdfToText(original));
    const fromScan = parsePlanText(thuyHung.text);
    expect(fromScan.plan).toEqual(fromText.plan);
    expect(essence(fromScan)).toEqual(essence(fromText));
    for (const [i, task] of fromScan.tasks.entries()) expect(characterAccuracy(fromText.tasks[i].title, task.title)).toBeGreaterThan(0.97);
    expect(fromScan.targets.map((t) => same(t.text))).toEqual(fromText.targets.map((t) => same(t.text)).map((t, i) => (characterAccuracy(t, fromScan.targets[i].text) > 0.97 ? same(fromScan.targets[i].text) : t)));
  });

  it.runIf(existsSync(realScan))('reads the real scan’s stamped number and its two percentage targets', () => {
    const plan = parsePlanText(real!.text);
    expect(plan.plan.number).toBe('996/KH-TCTLNTW-C04');
    expect(plan.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['gt', 15, '%'],
      ['gt', 2, '%'],
    ]);
  });

  it('stops when cancelled, before the next page', async () => {
    const engine = await startNodeEngine();
    const controller = new AbortController();
    try {
      const reading = readScannedPdf(scan, engine, { signal: controller.signal, onProgress: (p) => p.done === 1 && controller.abort() });
      await expect(reading).rejects.toBeInstanceOf(OcrCancelled);
    } finally {
      await engine.stop();
    }
  }, 120_000);
});

describe('command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a picture of a page (.png) by OCR, with progress on stderr', async () => {
    const pdf = await openPdf(await thuyHungPdf());
    const page = await pdf.getPage(2);
    const viewport = page.getViewport({ scale: 300 / 72 });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    await page.render({ canvas: canvas as never, canvasContext: canvas.getContext('2d') as never, viewport, background: 'white' }).promise;
    await pdf.destroy();
    const file = join(dir, 'trang-2.png');
    writeFileSync(file, canvas.toBuffer('image/png'));
    const { stdout, stderr } = await promisify(execFile)('node', ['--import', 'tsx', 'scripts/plan.ts', 'parse', file], { cwd: root });
    const plan = JSON.parse(stdout) as ParsedPlan;
    expect(plan.targets.length).toBeGreaterThanOrEqual(5);
    expect(plan.targets.every((t) => t.unit === '%')).toBe(true);
    expect(plan.targets.map((t) => t.value)).toContain(80);
    expect(stderr).toMatch(/Nhận dạng chữ \(OCR\): 1\/1 trang/);
  }, 180_000);

  it('reads a phone photo of a page (uneven light, noise, tilt) to the same targets as the page’s text', async () => {
    const original = await thuyHungPdf();
    const file = join(dir, 'anh-chup-trang-2.jpg');
    writeFileSync(file, await phonePhoto(original, 2));
    const pdf = await openPdf(original);
    const pageText = await readPageText(await pdf.getPage(2));
    await pdf.destroy();
    const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', 'scripts/plan.ts', 'parse', file], { cwd: root });
    const targets = (p: ParsedPlan) => p.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit]);
    const fromText = parsePlanText(pageText);
    expect(fromText.targets.length).toBeGreaterThanOrEqual(5);
    expect(targets(JSON.parse(stdout) as ParsedPlan)).toEqual(targets(fromText));
  }, 180_000);
});
