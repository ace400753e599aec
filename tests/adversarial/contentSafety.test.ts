import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { createMarks } from '../../lib/content/marks';
import { checkPage } from '../../lib/checks/page';
import { TODAY, parseHtml } from '../pages/load';
import { PAYLOADS, escapeHtml } from './payloads';
import { watchShadowRoots } from '../content/closedRoots';

/*
 * Page text is untrusted. Payloads written into a portal's cells come out of
 * the extractors as plain text, are drawn on the page as text, the lint rule
 * that forbids HTML sinks fires, and the built manifest allows no script but
 * the extension's own.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const URL_TEXT = 'https://motcua.langson.gov.vn/vi/dossier/search';

/** A one-stop list whose code, procedure and status cells carry the payloads as the page's text. */
function hostileList(): Document {
  const rows = PAYLOADS.map(
    (p, i) =>
      `<tr><td>000.31.20.H33-260504-000${i + 1} ${escapeHtml(p)}</td><td>Đăng ký khai sinh ${escapeHtml(p)}</td>` +
      `<td>Đã trả kết quả ${escapeHtml(p)}</td><td>05/05/2026</td><td>06/05/2026</td><td>Chưa cấp</td></tr>`,
  );
  return parseHtml(
    `<!DOCTYPE html><html><body><table><thead><tr><th>Mã hồ sơ</th><th>Thủ tục hành chính</th><th>Trạng thái</th>` +
      `<th>Ngày hẹn trả</th><th>Ngày có kết quả</th><th>Kết quả điện tử</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`,
    URL_TEXT,
  );
}

describe('payloads in page text', () => {
  it('come out of the extractor as plain text', () => {
    const doc = hostileList();
    // The page itself holds them as text: no element was made of them.
    expect(doc.querySelectorAll('img,script,svg')).toHaveLength(0);
    const { report } = checkPage(doc, new URL(URL_TEXT), targetsInForce([]), TODAY);
    expect(report.dossiers?.map((d) => d.code)).toEqual(['000.31.20.H33-260504-0001', '000.31.20.H33-260504-0002', '000.31.20.H33-260504-0003']);
    expect(report.dossiers?.map((d) => d.procedureName)).toEqual(PAYLOADS.map((p) => `Đăng ký khai sinh ${p}`));
    expect(report.dossiers?.map((d) => d.status)).toEqual(PAYLOADS.map((p) => `Đã trả kết quả ${p}`));
  });

  it('are drawn on the page as text, never as elements', () => {
    const doc = hostileList();
    const { report, anchors } = checkPage(doc, new URL(URL_TEXT), targetsInForce([]), TODAY);
    // The words the background sends may quote the page: here every failing mark's words are a payload.
    const quoting = report.findings
      .filter((f) => f.status === 'fail')
      .map((f, i) => ({ id: f.id, subject: f.subject, words: PAYLOADS[i % PAYLOADS.length] }));
    expect(quoting.length).toBeGreaterThanOrEqual(PAYLOADS.length);
    const shadow = watchShadowRoots(doc);
    const marks = createMarks(doc, 'vi');
    marks.render(quoting, anchors);
    const root = shadow();
    expect(root).toBeTruthy();
    expect(root!.querySelectorAll('img,script,svg')).toHaveLength(0);
    expect(doc.querySelectorAll('img,script,svg')).toHaveLength(0);
    // Each mark's reasons read in the badge when it is the current one: step through them all.
    let shown = '';
    for (let i = 0; i < Number(doc.querySelector('tro-ly-cchc-marks')!.getAttribute('data-marks')); i++) {
      marks.step(1);
      shown += root!.textContent;
    }
    expect(root!.querySelectorAll('img,script,svg')).toHaveLength(0);
    for (const p of PAYLOADS) expect(shown).toContain(p);
    marks.destroy();
  });
});

describe('the lint rule against HTML sinks', () => {
  const lint = async (code: string) => {
    const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: join(ROOT, 'lib', 'content', 'sample.ts') });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
  };

  it('fires on page text assigned as HTML or inserted as HTML, and not on a constant', async () => {
    const code = [
      'export function draw(el: Element, someVar: string): void {',
      '  el.innerHTML = someVar;',
      "  el.outerHTML = `<b>${someVar}</b>`;",
      "  el.insertAdjacentHTML('beforeend', someVar);",
      "  el.innerHTML = '';",
      '}',
    ].join('\n');
    expect(await lint(code)).toEqual([2, 3, 4]);
  });
});

describe('the built manifest', () => {
  const OUT = join(ROOT, '.output', 'chrome-mv3');
  beforeAll(() => {
    if (!existsSync(join(OUT, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  const manifest = () => JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));

  it("allows only the extension's own scripts in its pages (and WebAssembly, which the OCR engine needs)", () => {
    const csp: string = manifest().content_security_policy.extension_pages;
    const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(csp)?.[1].trim().split(/\s+/);
    expect(scriptSrc).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp).not.toMatch(/(?<!wasm-)unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('asks for the national portal only; provinces are granted at run time', () => {
    expect([...manifest().host_permissions].sort()).toEqual(['*://dichvucong.gov.vn/*']);
  });

  it('loads no code from the network', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(js|html)$/.test(name)) files.push(path);
      }
    };
    walk(OUT);
    expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
    const remote = /importScripts\([^)]*https?:|import\(\s*["'`]https?:|<script[^>]+src=["']?https?:|from\s*["']https?:/;
    expect(files.filter((f) => remote.test(readFileSync(f, 'utf8'))).map((f) => f.slice(OUT.length))).toEqual([]);
  });
});
