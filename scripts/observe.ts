/**
 * npm run -s observe -- FILE.html --url URL [--today YYYY-MM-DD]
 *
 * Runs the content script's classifier, extractor and checks on a saved page
 * and prints one JSON report. The page's scripts are never run: a saved page
 * is read as it was saved.
 */
import { readFileSync } from 'node:fs';
import { checkSavedPage } from './savedPage';

function fail(reason: string): never {
  process.stderr.write(`observe: ${reason}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; url: URL; today?: string } {
  let file: string | undefined;
  let urlText: string | undefined;
  let today: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') urlText = argv[++i];
    else if (arg === '--today') today = argv[++i];
    else if (arg.startsWith('--')) fail(`không hiểu tùy chọn ${arg}`);
    else if (file === undefined) file = arg;
    else fail(`chỉ nhận một tệp, thừa ${arg}`);
  }
  if (!file) fail('thiếu tệp HTML: npm run -s observe -- FILE.html --url URL');
  if (!urlText) fail('thiếu --url URL của trang đã lưu');
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    fail(`"${urlText}" không phải là URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`"${urlText}" không phải là URL http(s)`);
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today phải có dạng YYYY-MM-DD, nhận "${today}"`);
  return { file, url, today };
}

// A saved page has markup near its start; binary files have NUL bytes.
function looksLikeHtml(text: string): boolean {
  return !text.includes('\u0000') && /<(!doctype\s+html|html|head|body)[\s>]/i.test(text.slice(0, 4096));
}

const { file, url, today } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (e) {
  fail(`không đọc được ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}
if (!looksLikeHtml(html)) fail(`${file} không phải là trang HTML`);

const report = await checkSavedPage(html, url, today);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
