/*
 * The plan reader's command line: `npm run -s plan -- parse FILE` prints the
 * parsed plan as one JSON object; unusable input exits 1 with one line on stderr.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { PlanInputError } from '../lib/plan/errors';
import { docxToText } from '../lib/plan/docx';
import { documentToText } from '../lib/plan/html';
import { parsePlanText } from '../lib/plan/parse';
import { pdfToText } from '../lib/plan/pdf';

async function readText(file: string): Promise<string> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    throw new PlanInputError(`Không đọc được tệp: ${file}`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') return pdfToText(new Uint8Array(data));
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
  if (command !== 'parse' || !file) throw new PlanInputError('Cách dùng: npm run -s plan -- parse TỆP (.txt, .docx, .doc, .pdf, .html)');
  const plan = parsePlanText(await readText(file));
  process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const reason = error instanceof PlanInputError ? error.message : `Lỗi khi đọc kế hoạch: ${String(error)}`;
  process.stderr.write(`${reason.split('\n')[0]}\n`);
  process.exit(1);
});
