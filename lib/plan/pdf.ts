import { PlanInputError, ScannedPdfError } from './errors';
import { spellLigatures } from './ligatures';
import { refuseCompressionBomb } from './pdfStreams';
import { continueTable, pageTables, rulingLines, type PageTable, type PlacedText } from './pdfTables';
import { tableLines } from './table';
import { annotationTexts, withDrawnText, type TextPiece } from './pdfWidgets';

/*
 * pdfjs-dist runs in two places: the extension's own workers, never an
 * extension page's main thread (modern build; pdf.js's worker code is
 * imported into that worker, so no worker URL or eval is needed under the
 * extension's CSP: see pdfWorker.ts and the OCR worker), and Node for the
 * command line and tests (legacy build, which supports the Node versions we run).
 */

type PdfJs = typeof import('pdfjs-dist');

const inNode = typeof process !== 'undefined' && Boolean(process.versions?.node);

export async function loadPdfJs(): Promise<PdfJs> {
  if (inNode) return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  // pdf.js uses a worker handler found on globalThis instead of starting a Worker of its own.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return lib;
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
 * line, so a wrapped paragraph still ends where the author ended it. Tables
 * stand where they are on the page, as row lines between blank lines.
 */
function pageText(lines: PdfLine[], tables: PageTable[] = []): string {
  const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
  // Lines keep the order the page gives them; a table stands before the first line below its top.
  const waiting = [...tables];
  const blocks: Array<{ line: PdfLine } | { table: PageTable }> = [];
  for (const line of lines) {
    while (waiting.length && line.y < waiting[0].top) blocks.push({ table: waiting.shift()! });
    blocks.push({ line });
  }
  blocks.push(...waiting.map((table) => ({ table })));
  let previous: PdfLine | null = null;
  return blocks
    .map((b) => {
      if ('table' in b) {
        previous = null;
        // A table that goes on over a page break stays one run of rows in the text.
        return `${b.table.continues ? '' : '\n'}${tableLines(b.table.table).join('\n')}${b.table.continued ? '' : '\n'}`;
      }
      const gap = previous ? previous.y - b.line.y : 0;
      previous = b.line;
      return (usual > 0 && gap > usual * 1.3 ? '\n' : '') + b.line.text.replace(/\s+$/, '');
    })
    .join('\n');
}

const pieceOf = (item: TextPiece): PlacedText => ({
  str: item.str ?? '',
  x: item.transform?.[4] ?? 0,
  y: item.transform?.[5] ?? 0,
  width: item.width ?? 0,
  height: item.height || Math.abs(item.transform?.[3] ?? 0),
});

/** Told after each page is read: a reader that stops hearing it knows the reading is stuck. */
export type PageProgress = (page: number, pages: number) => void;

interface PageContent {
  lines: PdfLine[];
  tables: PageTable[];
}

type PdfPage = { getTextContent(): Promise<{ items: unknown[] }>; getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }> };

/** A page's bordered tables, rebuilt from its ruling lines, and its other lines of text. */
async function readPageContent(page: PdfPage, ops: PdfJs['OPS']): Promise<PageContent> {
  const { fnArray, argsArray } = await page.getOperatorList();
  // The operator list holds what annotations draw (pdf.js's default mode): a signature widget's number and day.
  const items = withDrawnText((await page.getTextContent()).items as TextPiece[], annotationTexts(fnArray, argsArray, ops));
  const segments = rulingLines(fnArray, argsArray, ops);
  if (!segments.length) return { lines: pageLines(items), tables: [] };
  const placed = items.map((item) => ({ item, piece: pieceOf(item) }));
  const { tables, rest } = pageTables(segments, placed.map((p) => p.piece));
  const kept = new Set(rest);
  return { lines: pageLines(placed.filter((p) => kept.has(p.piece)).map((p) => p.item)), tables };
}

/** A line that says nothing but the page number. */
const pageNumberOnly = (line: PdfLine) => /^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/.test(line.text);

/** Joins a table that page breaks split: a page's first table goes on from the table the page before ended in. */
function joinSplitTables(pages: PageContent[]): void {
  let open: PageTable | null = null;
  let header: PageTable['table']['rows'][number] = [];
  for (const page of pages) {
    const first = page.tables[0];
    const textAbove = page.lines.some((l) => (!first || l.y > first.top) && !pageNumberOnly(l));
    if (!(open && first && !textAbove && continueTable(open, first, header))) open = null;
    // The page ends in a table when nothing but its number follows the last one.
    const tail = page.tables.at(-1);
    if (tail && !tail.continues) header = tail.table.rows[0] ?? [];
    open = tail && !page.lines.some((l) => l.y < tail.bottom && !pageNumberOnly(l)) ? tail : null;
  }
}


/**
 * Opens a PDF with pdf.js; a file that is not one, or whose streams inflate
 * to far more than any plan, is refused with a reason for the user.
 */
export async function openPdf(data: ArrayBuffer | Uint8Array, options: Record<string, unknown> = {}) {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data)).slice();
  refuseCompressionBomb(bytes);
  try {
    return await pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0, ...options }).promise;
  } catch {
    throw new PlanInputError({ key: 'planInputPdfDamaged' });
  }
}

/**
 * The text layer of each page, tables rebuilt ('' for a page that is only
 * an image: the page OCR has to read). A table that runs over pages keeps
 * its rows on the page where they are printed.
 */
export async function pdfPageTexts(pdf: { numPages: number; getPage(n: number): Promise<PdfPage> }, onPage?: PageProgress): Promise<string[]> {
  const { OPS } = await loadPdfJs();
  const pages: PageContent[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    pages.push(await readPageContent(await pdf.getPage(n), OPS));
    onPage?.(n, pdf.numPages);
  }
  joinSplitTables(pages);
  return pages.map((p) => pageText(p.lines, p.tables));
}

/** The text layer of one page, its tables rebuilt ('' for a page that is only an image). */
export async function readPageText(page: PdfPage): Promise<string> {
  const { lines, tables } = await readPageContent(page, (await loadPdfJs()).OPS);
  return pageText(lines, tables);
}

/**
 * The text layer of a PDF, page by page, with its line breaks; pages are
 * separated by a form feed line, as pdftotext does, so the plan reader can
 * tell a page break (which may fall inside a paragraph) from a blank line.
 */
export async function pdfToText(data: ArrayBuffer | Uint8Array, onPage?: PageProgress): Promise<string> {
  const pdf = await openPdf(data);
  const pages = await pdfPageTexts(pdf, onPage);
  await pdf.destroy();
  const text = spellLigatures(pages.join('\n\f\n'));
  if (!/\p{L}{2}/u.test(text)) {
    throw new ScannedPdfError({ key: 'planInputPdfScanned' });
  }
  return text;
}
