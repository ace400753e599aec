import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { docxToText } from '../../lib/plan/docx';
import { parsePlanText } from '../../lib/plan/parse';
import { fixture } from './helpers';

/*
 * `npm run -s plan -- parse FILE` on each kind of file a plan reaches
 * staff as: the JSON is what the plan reader gives for the file's text, and
 * a file it cannot take is refused on stderr with the reason.
 */

const root = join(__dirname, '../..');
const corpus = (name: string) => join(root, '../shared/corpus/plans', name);
const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parse(file: string): Promise<{ json: unknown; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['--import', 'tsx', 'scripts/plan.ts', 'parse', file], { cwd: root });
    return { json: JSON.parse(stdout) as unknown, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stderr: string; code: number };
    return { json: null, stderr: failed.stderr, code: failed.code };
  }
}

/** Through JSON, as the command prints it. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the plan command', () => {
  it('reads a Word file (.docx) to the JSON the reader gives for its text', async () => {
    const file = corpus('lamdong-kh-cchc-2026.docx');
    const out = await parse(file);
    expect(out.code).toBe(0);
    expect(out.json).toEqual(asJson(parsePlanText(docxToText(new Uint8Array(readFileSync(file))))));
  }, 60_000);

  it('reads text (.txt) and a saved page (.html) of the same plan alike', async () => {
    const text = fixture('yen-binh-2026.txt');
    writeFileSync(join(dir, 'ke-hoach.txt'), text);
    const paragraphs = text.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    writeFileSync(join(dir, 'ke-hoach.html'), `<!doctype html><html><body><article>${paragraphs}</article></body></html>`);
    const fromText = await parse(join(dir, 'ke-hoach.txt'));
    const fromPage = await parse(join(dir, 'ke-hoach.html'));
    expect(fromText.json).toEqual(asJson(parsePlanText(text)));
    const targets = (json: unknown) => (json as { targets: Array<{ value: number; comparator: string; indicator: string | null }> }).targets.map((t) => [t.value, t.comparator, t.indicator]);
    expect(targets(fromPage.json)).toEqual(targets(fromText.json));
  }, 60_000);

  it('refuses a Word 97–2003 file (.doc) naming the format and how to save it as .docx', async () => {
    const out = await parse(corpus('lamdong-kh-thidua-cchc-2026-draft.doc'));
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/Word 97–2003 \(\.doc\).*\.docx/);
  }, 60_000);

  it('says a signed report (.pdf) is a report, with its number', async () => {
    const out = await parse(corpus('lamdong-bc329-cchc-2025.pdf'));
    expect(out.code).toBe(1);
    expect(out.stderr.trim()).toMatch(/^Đây là báo cáo số 329\/BC-UBND, không phải kế hoạch/);
  }, 120_000);
});
