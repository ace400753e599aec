import { chromium, type Browser } from 'playwright-core';

/*
 * Prints plan text to PDF with Debian's Chromium, the way a plan typed in a
 * word processor reaches people: wrapped at the page width, split over
 * pages, with a page number at the top of every page after the first (the
 * layout Nghị định 30/2020/NĐ-CP prescribes for administrative documents).
 */

const CHROMIUM = '/usr/lib/chromium/chromium';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });

/** The PDF of `text`, printed like scripts/fixtures/planPdf.ts, plus page numbers. */
export async function printPlan(browser: Browser, text: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><style>body{font:13pt 'Liberation Serif','Times New Roman',serif;white-space:pre-wrap;margin:0}</style><body>${escape(text)}</body>`,
    );
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '20mm', bottom: '20mm', left: '30mm', right: '15mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="width:100%;text-align:center;font:11pt 'Liberation Serif',serif"><span class="pageNumber"></span></div>`,
      footerTemplate: '<div></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}
