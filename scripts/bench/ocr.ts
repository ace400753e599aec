import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { characterAccuracy } from '../../lib/ocr/accuracy';
import { greyPgm } from '../../lib/ocr/image';
import { MODEL_DIR, startNodeEngine } from '../../lib/ocr/node';
import { readScannedPdf } from '../../lib/ocr/scan';
import { openPdf, readPageText } from '../../lib/plan/pdf';
import { scanPdf, type ScanLook } from '../fixtures/scanPdf';
import { EXTENSION_DIR, launch } from '../harness/browser';
import { openExtensionPage } from '../harness/extension';
import { planText } from '../../tests/fixtures/plans';
import { printPlanOnce } from '../../tests/plan/printPdf';
import { figure, log, summary, type Figure } from './figure';

/*
 * OCR figures: seconds per page in Chromium (the extension's worker, render
 * included) beside native `tesseract` on the same pages, characters right on
 * a clean scan of a page whose text is known, and the extension's download.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const REAL_SCAN = resolve(ROOT, '../shared/corpus/plans/bca-kh996-tctlntw-2026-scanned.pdf');
/** The typed Thụy Hùng plan as a PDF with a text layer, printed with the project's fonts. */
const thuyHungPdf = () => printPlanOnce(planText('thuy-hung-2026.txt'), { pageNumbers: false });
const CLEAN: ScanLook = { dpi: 300, tilt: 0, paper: [255, 255, 255], grain: 0, specks: 0, quality: 92 };

/** The scan to time: the real one where it is at hand, else a made scan of the Thụy Hùng plan. */
async function scanToTime(): Promise<{ name: string; bytes: Uint8Array }> {
  if (existsSync(REAL_SCAN)) return { name: 'a real 4-page 300 dpi JPEG scan (received-stamp on page 1)', bytes: new Uint8Array(readFileSync(REAL_SCAN)) };
  return { name: 'scripts/fixtures/scanPdf.ts scan of the Thụy Hùng plan, pages 1–4', bytes: await scanPdf(await thuyHungPdf(), undefined, [1, 2, 3, 4]) };
}

/** Milliseconds per page of OCR in the extension's worker, from its progress messages. */
async function chromiumPageMs(bytes: Uint8Array): Promise<number[]> {
  const asset = readdirSync(join(EXTENSION_DIR, 'assets')).find((f) => /^worker-.*\.js$/.test(f));
  if (!asset) throw new Error(`no OCR worker in ${EXTENSION_DIR}/assets: build the extension (--build)`);
  const session = await launch({ port: 1, hosts: [], headless: true });
  try {
    const page = await openExtensionPage(session, 'options.html');
    return await page.evaluate(
      async ([file, data]) => {
        const folder = `${location.origin}/ocr/`;
        const worker = new Worker(`${location.origin}/assets/${file}`, { type: 'module' });
        const times: number[] = [];
        let last = performance.now();
        await new Promise<void>((done, fail) => {
          worker.onmessage = (event: MessageEvent<{ type?: string; message?: string }>) => {
            const now = performance.now();
            if (event.data?.type === 'progress') {
              if ((event.data as { progress: { done: number } }).progress.done > 0) times.push(now - last);
              last = now;
            } else if (event.data?.type === 'done') done();
            else if (event.data?.type === 'error') fail(new Error(event.data.message));
          };
          const buffer = new Uint8Array(data).buffer;
          worker.postMessage({ kind: 'pdf', data: buffer, files: { langPath: folder.replace(/\/$/, ''), workerPath: `${folder}worker.min.js`, corePath: `${folder}tesseract-core-simd-lstm.js` } }, [buffer]);
        });
        worker.terminate();
        return times;
      },
      [asset, [...bytes]] as const,
    );
  } finally {
    await session.close();
  }
}

/** Milliseconds per page of native `tesseract` on the same pages, rendered the same way (render not timed); null without it. */
async function nativePageMs(bytes: Uint8Array): Promise<number[] | null> {
  if (spawnSync('tesseract', ['--version']).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'ocr-bench-'));
  try {
    const pdf = await openPdf(bytes);
    const times: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 300 / 72 });
      const canvases = pdf.canvasFactory as { create(w: number, h: number): { canvas: { width: number; height: number }; context: CanvasRenderingContext2D } };
      const { canvas, context } = canvases.create(Math.round(viewport.width), Math.round(viewport.height));
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport, background: 'white' }).promise;
      const file = join(dir, `page-${n}.pgm`);
      writeFileSync(file, greyPgm(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height));
      const start = performance.now();
      execFileSync('tesseract', [file, 'stdout', '--tessdata-dir', MODEL_DIR, '-l', 'vie', '--oem', '1'], { stdio: ['ignore', 'ignore', 'ignore'] });
      times.push(performance.now() - start);
    }
    await pdf.destroy();
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Characters right, page by page, on a clean 300 dpi scan of pages whose text layer is known. */
async function cleanAccuracy(): Promise<number[]> {
  const original = await thuyHungPdf();
  const pages = [1, 2, 3, 4];
  const pdf = await openPdf(original);
  const known: string[] = [];
  for (const n of pages) known.push(await readPageText(await pdf.getPage(n)));
  await pdf.destroy();
  const engine = await startNodeEngine();
  try {
    const reading = await readScannedPdf(await scanPdf(original, CLEAN, pages), engine);
    return reading.text.split('\f').map((text, i) => characterAccuracy(known[i], text));
  } finally {
    await engine.stop();
  }
}

/** Size of the zip a person downloads: `wxt zip` of the production build. */
function extensionZipBytes(): number {
  execFileSync('npm', ['run', '-s', 'zip'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  const zip = readdirSync(join(ROOT, '.output')).find((f) => f.endsWith('-chrome.zip'));
  if (!zip) throw new Error('wxt zip wrote no -chrome.zip in .output');
  return statSync(join(ROOT, '.output', zip)).size;
}

export async function ocrFigures(): Promise<Record<string, Figure>> {
  const scan = await scanToTime();
  log(`ocr: ${scan.name} in Chromium`);
  const chromium = await chromiumPageMs(scan.bytes);
  log('ocr: the same pages by native tesseract');
  const native = await nativePageMs(scan.bytes);
  log('ocr: characters right on a clean scan');
  const accuracy = await cleanAccuracy();
  log('ocr: extension zip');
  const zipBytes = extensionZipBytes();
  const seconds = chromium.map((ms) => ms / 1000);
  const nativeMedian = native ? summary(native.map((ms) => ms / 1000)).median : null;
  return {
    secondsPerPageChromium: figure(seconds, {
      unit: 's',
      budget: 2.5,
      how: `the extension's OCR worker in Chromium (pdf.js render at 300 dpi on an OffscreenCanvas, grey bytes to tesseract.js 7 WASM SIMD with the fast Vietnamese model), time between its page-done messages, median over the pages of ${scan.name}; the first page includes starting the engine`,
      detail: {
        nativeTesseractSecondsPerPage: native ? summary(native.map((ms) => ms / 1000)) : 'native tesseract not installed: no ratio',
        ratioToNative: nativeMedian ? Math.round((summary(seconds).median / nativeMedian) * 100) / 100 : null,
        nativeHow: 'tesseract CLI (same model file, --oem 1) on the same pages rendered to PGM by pdf.js at 300 dpi, render not timed',
      },
    }),
    cleanScanCharactersRight: figure(accuracy, {
      unit: 'share',
      budget: 0.99,
      atLeast: true,
      digits: 4,
      how: 'pages 1–4 of the Thụy Hùng plan PDF rendered at 300 dpi (no tilt, white paper, no noise, JPEG 92) as an image-only PDF, read by the same engine in Node; 1 − edit distance / length against the PDF text layer of each page, whitespace collapsed; median over pages',
    }),
    extensionZipBytes: figure([zipBytes], {
      unit: 'bytes',
      budget: null,
      digits: 0,
      how: '`npm run zip` (wxt zip of the production build): the file a person downloads, OCR engine and model included',
    }),
  };
}
