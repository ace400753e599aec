import { PlanInputError } from './errors';
import { spellLigatures } from './ligatures';

/*
 * pdfjs-dist runs in two places: the options page of the extension (modern
 * build, its worker imported into the page so no worker URL or eval is needed
 * under the extension's CSP) and Node for the command line and tests (legacy
 * build, which supports the Node versions we run).
 */

type PdfJs = typeof import('pdfjs-dist');

const inNode = typeof process !== 'undefined' && Boolean(process.versions?.node);

export async function loadPdfJs(): Promise<PdfJs> {
  if (inNode) return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  // pdf.js uses a worker handler found on globalThis instead of starting a Worker.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return lib;
}

interface TextPiece {
  str?: string;
  hasEOL?: boolean;
  /** [a, b, c, d, x, y]: y is the baseline, upwards from the page bottom. */
  transform?: number[];
  height?: number;
}

interface PdfLine {
  y: number;
  height: number;
  text: string;
}

/** Groups the pieces of one page into lines by baseline: pieces do not always mark their line ends. */
function pageLines(items: TextPiece[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let open: PdfLine | null = null;
  for (const item of items) {
    const y: number = item.transform?.[5] ?? open?.y ?? 0;
    const height = item.height || Math.abs(item.transform?.[3] ?? 0);
    if (open && item.str && Math.abs(y - open.y) > Math.max(open.height, height, 1) / 2) open = null;
    if (!open && item.str) {
      open = { y, height, text: '' };
      lines.push(open);
    }
    if (open) open.text += item.str ?? '';
    if (item.hasEOL) open = null;
  }
  return lines.filter((l) => l.text.trim() !== '');
}

/**
 * The lines of a page as text. A gap well above the page's usual line
 * spacing is where a blank line or paragraph spacing was: it becomes a blank
 * line, so a wrapped paragraph still ends where the author ended it.
 */
function pageText(lines: PdfLine[]): string {
  const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
  return lines
    .map((l, i) => {
      const gap = i > 0 ? lines[i - 1].y - l.y : 0;
      return (usual > 0 && gap > usual * 1.3 ? '\n' : '') + l.text.replace(/\s+$/, '');
    })
    .join('\n');
}

/** The text layer of one page, with its line breaks ('' for a page that is only an image). */
export async function readPageText(page: { getTextContent(): Promise<{ items: unknown[] }> }): Promise<string> {
  const content = await page.getTextContent();
  return pageText(pageLines(content.items as TextPiece[]));
}

/** Opens a PDF with pdf.js; a file that is not one is refused with a reason for the user. */
export async function openPdf(data: ArrayBuffer | Uint8Array, options: Record<string, unknown> = {}) {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data)).slice();
  try {
    return await pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0, ...options }).promise;
  } catch {
    throw new PlanInputError('Tệp PDF bị hỏng hoặc không phải PDF — không đọc được nội dung.');
  }
}

/** A PDF whose pages are images (a scan): its text has to be read by OCR. */
export class ScannedPdfError extends PlanInputError {}

/**
 * The text layer of a PDF, page by page, with its line breaks; pages are
 * separated by a form feed line, as pdftotext does, so the plan reader can
 * tell a page break (which may fall inside a paragraph) from a blank line.
 */
export async function pdfToText(data: ArrayBuffer | Uint8Array): Promise<string> {
  const pdf = await openPdf(data);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPageText(await pdf.getPage(n)));
  await pdf.destroy();
  const text = spellLigatures(pages.join('\n\f\n'));
  if (!/\p{L}{2}/u.test(text)) {
    throw new ScannedPdfError(
      'Tệp PDF không có lớp chữ (bản scan) — hãy dán văn bản đã nhận dạng (OCR) hoặc chọn tệp .txt',
    );
  }
  return text;
}
