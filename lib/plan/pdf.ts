import { PlanInputError } from './errors';

/*
 * pdfjs-dist runs in two places: the options page of the extension (modern
 * build, its worker imported into the page so no worker URL or eval is needed
 * under the extension's CSP) and Node for the command line and tests (legacy
 * build, which supports the Node versions we run).
 */

type PdfJs = typeof import('pdfjs-dist');

const inNode = typeof process !== 'undefined' && Boolean(process.versions?.node);

async function loadPdfJs(): Promise<PdfJs> {
  if (inNode) return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  // pdf.js uses a worker handler found on globalThis instead of starting a Worker.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return lib;
}

interface TextPiece {
  str?: string;
  hasEOL?: boolean;
}

/** The text layer of a PDF, page by page, with its line breaks. */
export async function pdfToText(data: ArrayBuffer | Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data)).slice();
  let pdf;
  try {
    pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
  } catch {
    throw new PlanInputError('Tệp PDF bị hỏng hoặc không phải PDF — không đọc được nội dung.');
  }
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push((content.items as TextPiece[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
  }
  await pdf.destroy();
  const text = pages.join('\n\n');
  if (!/\p{L}{2}/u.test(text)) {
    throw new PlanInputError(
      'Tệp PDF không có lớp chữ (bản scan) — hãy dán văn bản đã nhận dạng (OCR) hoặc chọn tệp .txt',
    );
  }
  return text;
}
