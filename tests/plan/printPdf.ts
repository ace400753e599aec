import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

/*
 * Prints plan text to PDF with Debian's Chromium, the way a plan typed in a
 * word processor reaches people: wrapped at the page width, split over
 * pages, with a page number at the top of every page after the first (the
 * layout Nghị định 30/2020/NĐ-CP prescribes for administrative documents).
 *
 * The text is set in Tinos, metrically Times New Roman (the font that decree
 * prescribes), from the project's own packages and under a family name no
 * installed font has: which glyphs the PDF gets, and so what its text layer
 * says, must not depend on the fonts a machine happens to have. The packaged
 * Tinos lacks the ligature code points OCR leaves in plans (ﬁ, ﬂ); DejaVu
 * Serif, also packaged, draws those.
 */

const CHROMIUM = '/usr/lib/chromium/chromium';
const resolve = createRequire(import.meta.url).resolve;
const dataUrl = (file: string, type: string) => `url(data:${type};base64,${readFileSync(file).toString('base64')})`;

/** The fonts' PostScript names, as the PDF names them. */
export const PRINT_FONTS = ['DejaVuSerif', 'Tinos-Regular'];

/** Tinos's faces, one per Unicode subset as packaged, plus DejaVu Serif for the ligatures. */
function fontFaces(): string {
  const css = resolve('@fontsource/tinos/400.css');
  const tinos = readFileSync(css, 'utf8')
    .replace(/font-family: 'Tinos'/g, "font-family: 'Plan Serif'")
    .replace(/src: url\(\.\/(files\/[^)]+\.woff2)\) format\('woff2'\)[^;]*;/g, (_, file: string) => `src: ${dataUrl(resolve(`@fontsource/tinos/${file}`), 'font/woff2')} format('woff2');`);
  const ligatures = `@font-face{font-family:'Plan Serif';src:${dataUrl(resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'), 'font/ttf')} format('truetype');unicode-range:U+FB00-FB06}`;
  return tinos + ligatures;
}
const FONT_FACE = fontFaces();
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });

/** The PDF of `text` on A4, with page numbers unless asked not to. */
export async function printPlan(browser: Browser, text: string, { pageNumbers = true } = {}): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><style>${FONT_FACE}body{font:13pt 'Plan Serif';white-space:pre-wrap;margin:0}</style><body>${escape(text)}</body>`,
    );
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '20mm', bottom: '20mm', left: '30mm', right: '15mm' },
      displayHeaderFooter: pageNumbers,
      headerTemplate: `<style>${FONT_FACE}</style><div style="width:100%;text-align:center;font:11pt 'Plan Serif'"><span class="pageNumber"></span></div>`,
      footerTemplate: '<div></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** The fonts a PDF embeds, by name without the subset prefix. */
export function pdfFonts(pdf: Uint8Array): Set<string> {
  const raw = new TextDecoder('latin1').decode(pdf);
  return new Set([...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)].map((m) => m[1]));
}

/** `printPlan` in a Chromium of its own, started and closed for this one PDF. */
export async function printPlanOnce(text: string, options?: { pageNumbers?: boolean }): Promise<Uint8Array> {
  const browser = await launchChromium();
  return printPlan(browser, text, options).finally(() => browser.close());
}
