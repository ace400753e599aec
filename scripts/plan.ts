/*
 * The plan reader's command line: `npm run -s plan -- parse FILE` prints the
 * parsed plan as one JSON object; `npm run -s plan -- restore FILE.txt` prints
 * the text with OCR-damaged Vietnamese restored, line for line. Unusable input
 * exits 1 with one line on stderr. Scanned PDFs and pictures of pages (.jpg,
 * .png) are read by OCR, with the extension's engine and model; its progress
 * goes to stderr.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { PlanInputError, ScannedPdfError } from '../lib/plan/errors';
import { docxToText } from '../lib/plan/docx';
import { documentToText } from '../lib/plan/html';
import { parsePlanText } from '../lib/plan/parse';
import { pdfToText } from '../lib/plan/pdf';
import { restoreText } from '../lib/restore';
import { greyPgm } from '../lib/ocr/image';
import { engineThreads } from '../lib/ocr/engine';
import { startNodeEngine } from '../lib/ocr/node';
import { suspectValues } from '../lib/ocr/evidence';
import { hasScannedPages, readScannedImage, readScannedPdf, type ScanProgress } from '../lib/ocr/scan';

const IMAGE = new Set(['.jpg', '.jpeg', '.png']);

/** A file that cannot be opened, or a command mistyped: told as it is, in Vietnamese. */
class CommandLineError extends Error {}

function showProgress({ done, pages, leftMs }: ScanProgress): void {
  const left = leftMs === null ? '' : ` — còn khoảng ${Math.ceil(leftMs / 1000)} giây`;
  process.stderr.write(`Nhận dạng chữ (OCR): ${done}/${pages} trang${left}\n`);
}

/** A picture of a page as the extension gives it to the engine: grey bytes, evened out when unevenly lit. */
async function pagePicture(data: Uint8Array): Promise<{ pgm: Uint8Array; width: number; height: number }> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(data)).catch(() => {
    throw new PlanInputError({ key: 'planInputImageDamaged' });
  });
  const { width, height } = image;
  const context = createCanvas(width, height).getContext('2d');
  context.drawImage(image, 0, 0);
  return { pgm: greyPgm(context.getImageData(0, 0, width, height).data, width, height), width, height };
}

/** The text of a scan, read by OCR. */
async function ocrText(data: Uint8Array, image: boolean): Promise<string> {
  const engine = await startNodeEngine(image ? 1 : engineThreads(availableParallelism()));
  try {
    const picture = image ? await pagePicture(data) : null;
    const reading = picture
      ? await readScannedImage(picture.pgm, engine, { onProgress: showProgress, size: picture })
      : await readScannedPdf(data, engine, { onProgress: showProgress });
    // Flagged, never changed: the JSON keeps what the OCR read.
    for (const { line, value, likely } of suspectValues(reading.pages)) {
      process.stderr.write(`Cần kiểm tra (OCR), trang ${line.page}: “${value}” có thể là “${likely}”: ${line.text}\n`);
    }
    return reading.text;
  } finally {
    await engine.stop();
  }
}

async function pdfText(data: Uint8Array): Promise<string> {
  try {
    const text = await pdfToText(data);
    return hasScannedPages(text) ? await ocrText(data, false) : text;
  } catch (error) {
    if (error instanceof ScannedPdfError) return ocrText(data, false);
    throw error;
  }
}

async function readText(file: string): Promise<string> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    throw new CommandLineError(`Không đọc được tệp: ${file}`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') return pdfText(new Uint8Array(data));
  if (IMAGE.has(ext)) return ocrText(new Uint8Array(data), true);
  if (ext === '.docx' || ext === '.doc') return docxToText(new Uint8Array(data));
  const text = data.toString('utf8');
  if (ext === '.html' || ext === '.htm') {
    const window = new Window({ url: 'https://localhost/' });
    window.document.write(text);
    return documentToText(window.document as unknown as Document);
  }
  return text;
}

async function main(args: string[]): Promise<void> {
  const [command, file] = args;
  if (command === 'restore' && file) {
    process.stdout.write(restoreText(await readText(file)));
    return;
  }
  if (command !== 'parse' || !file) {
    throw new CommandLineError('Cách dùng: npm run -s plan -- parse TỆP (.txt, .docx, .doc, .pdf, .html, .jpg, .png) | restore TỆP.txt');
  }
  const plan = parsePlanText(await readText(file));
  process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A refusal's message is its reason worded in Vietnamese, the command line's language.
  const reason = error instanceof PlanInputError || error instanceof CommandLineError ? error.message : `Lỗi khi đọc kế hoạch: ${String(error)}`;
  process.stderr.write(`${reason.split('\n')[0]}\n`);
  process.exit(1);
});
