import { loadPdfJs, openPdf, pdfPageTexts } from '../plan/pdf';
import { PlanInputError } from '../plan/errors';
import type { OcrEngine } from './engine';
import { greyPgm, renderScale } from './image';
import { linesToText, type OcrLine } from './layout';
import { repairMarks } from './marks';

/*
 * Reading a scanned plan: each PDF page without a usable text layer is
 * rendered at 300 dpi and read by the OCR engine; pages with a good text
 * layer keep it. The result is the text the plan reader takes (pages
 * separated by form feeds, as for any PDF), with the OCR'd lines and where
 * they are on their page, so the review can show each line's image.
 */

export interface ScanProgress {
  /** Pages read by OCR so far, of `pages`. */
  done: number;
  pages: number;
  elapsedMs: number;
  /** Estimate from the pages read so far; null before the first. */
  leftMs: number | null;
}

export interface ScannedPage {
  page: number;
  /** True when the page was read by OCR, false when its text layer was used. */
  ocr: boolean;
  lines: OcrLine[];
  /** Size of the page image the lines' boxes refer to, in pixels (0 for a text page). */
  width: number;
  height: number;
}

export interface ScanReading {
  text: string;
  pages: ScannedPage[];
}

/** What a canvas gives back: the pdf.js canvas factory's pair, in Node or in a worker. */
export interface CanvasAndContext {
  canvas: { width: number; height: number };
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(image: CanvasAndContext): void;
}

export interface ScanOptions {
  onProgress?: (progress: ScanProgress) => void;
  signal?: AbortSignal;
  /** Extra options for pdf.js (a canvas factory where there is no DOM). */
  pdfOptions?: Record<string, unknown>;
  /** Called with each rendered page before it is released (to keep a small copy for the review). */
  onPageImage?: (page: number, image: CanvasAndContext) => Promise<void> | void;
}

export class OcrCancelled extends PlanInputError {
  constructor() {
    super({ key: 'planInputOcrStopped' });
  }
}

/** Words of two letters or more in a text, and the share of them carrying a Vietnamese mark. */
function markedShare(text: string): { words: number; share: number } {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const marked = words.filter((w) => /[^\u0000-\u007f]/.test(w)).length;
  return { words: words.length, share: words.length ? marked / words.length : 0 };
}

/**
 * True when a page's text layer cannot be used: there is none (a scan), or
 * it is an earlier OCR that lost the diacritics (most Vietnamese words carry
 * a mark; a page of them with hardly any is not Vietnamese as written).
 */
export function needsOcr(pageText: string): boolean {
  const { words, share } = markedShare(pageText);
  if (words < 30) return !/\p{L}{2}/u.test(pageText);
  return share < 0.2;
}

/** True when the text of a whole PDF (pages split by form feeds) has a page to read by OCR. */
export function hasScannedPages(text: string): boolean {
  return text.split('\f').some(needsOcr);
}

function progressOf(done: number, pages: number, started: number): ScanProgress {
  const elapsedMs = performance.now() - started;
  return { done, pages, elapsedMs, leftMs: done > 0 ? (elapsedMs / done) * (pages - done) : null };
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof openPdf>>['getPage']>>;

/** A page with its text layer unusable and something drawn as an image: a scanned page. */
async function isScannedPage(page: PdfPage, text: string, imageOps: Set<number>): Promise<boolean> {
  if (!needsOcr(text)) return false;
  const ops = await page.getOperatorList();
  return ops.fnArray.some((op) => imageOps.has(op));
}

/** Reads a PDF, by OCR where a page is a scan. Throws OcrCancelled when `signal` aborts. */
export async function readScannedPdf(data: Uint8Array | ArrayBuffer, engine: OcrEngine, options: ScanOptions = {}): Promise<ScanReading> {
  const { OPS } = await loadPdfJs();
  const imageOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const pdf = await openPdf(data, options.pdfOptions);
  try {
    const pages: Array<{ text: string; scanned: boolean }> = [];
    const texts = await pdfPageTexts(pdf);
    for (let n = 1; n <= pdf.numPages; n++) {
      const text = texts[n - 1];
      pages.push({ text, scanned: await isScannedPage(await pdf.getPage(n), text, imageOps) });
    }
    const total = pages.filter((p) => p.scanned).length;
    const started = performance.now();
    const out: ScannedPage[] = pages.map((_, i) => ({ page: i + 1, ocr: false, lines: [], width: 0, height: 0 }));
    let done = 0;
    options.onProgress?.(progressOf(0, total, started));
    // The engine reads pages in its own threads while the next page is rendered here: on two cores a page costs
    // the longer of the two, not their sum.
    const reading = new Set<Promise<void>>();
    // A page the engine failed on: the reading stops there, with its error.
    const failures: unknown[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (!pages[n - 1].scanned) continue;
      if (options.signal?.aborted) break;
      const page = await pdf.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: renderScale(base.width, base.height) });
      const canvases = pdf.canvasFactory as CanvasFactory;
      const image = canvases.create(Math.round(viewport.width), Math.round(viewport.height));
      const { width, height } = image.canvas;
      await page.render({ canvasContext: image.context as never, viewport, canvas: image.canvas as never, background: 'white' }).promise;
      const pgm = greyPgm(image.context.getImageData(0, 0, width, height).data, width, height);
      await options.onPageImage?.(n, image);
      canvases.destroy(image);
      page.cleanup();
      while (reading.size >= engine.parallel) await Promise.race(reading);
      if (failures.length) break;
      if (options.signal?.aborted) break;
      const job: Promise<void> = engine
        .read(pgm, n)
        .then(({ lines: read }) => {
          if (options.signal?.aborted) return;
          const lines = repairMarks(read);
          pages[n - 1].text = linesToText(lines);
          out[n - 1] = { page: n, ocr: true, lines, width, height };
          options.onProgress?.(progressOf(++done, total, started));
        })
        .catch((error: unknown) => {
          failures.push(error);
        })
        .finally(() => reading.delete(job));
      reading.add(job);
    }
    await Promise.all(reading);
    if (failures.length) throw failures[0];
    if (options.signal?.aborted) throw new OcrCancelled();
    return { text: pages.map((p) => p.text).join('\n\f\n'), pages: out };
  } finally {
    await pdf.destroy();
  }
}

/** Reads a picture of a page (a photo or a scanned image), given as PGM, PNG or JPEG bytes. */
export async function readScannedImage(image: Uint8Array, engine: OcrEngine, options: ScanOptions & { size?: { width: number; height: number } } = {}): Promise<ScanReading> {
  const started = performance.now();
  options.onProgress?.(progressOf(0, 1, started));
  const lines = repairMarks((await engine.read(image, 1)).lines);
  if (options.signal?.aborted) throw new OcrCancelled();
  options.onProgress?.(progressOf(1, 1, started));
  const size = options.size ?? {
    width: Math.max(0, ...lines.map((l) => l.box.x + l.box.width)),
    height: Math.max(0, ...lines.map((l) => l.box.y + l.box.height)),
  };
  return { text: linesToText(lines), pages: [{ page: 1, ocr: true, lines, ...size }] };
}
