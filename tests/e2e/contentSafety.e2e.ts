import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import type { PageMaker } from '../../scripts/harness/fixtureServer';
import { openExtensionPage, tabIdOf } from '../../scripts/harness/extension';
import { PAYLOADS, escapeHtml } from '../adversarial/payloads';
import { inMarks } from '../../scripts/harness/marks';
import { startWorld, type World } from './world';

/*
 * A one-stop list whose cells carry script payloads, in Chromium: the side
 * panel shows them as text, no element is made of them, no dialog opens.
 * Dossier codes without a standard form are read up to the first space, so
 * the code payloads have none.
 */
const CODES = ['HS2026<svg/onload=alert(11)>', 'HS2027"><img/src=x/onerror=alert(12)>', '000.31.20.H33-260504-0003'];
const PATH = '/vi/dossier/payloads';

const hostileList: PageMaker = (url) => {
  if (url.host !== 'motcua.langson.gov.vn' || url.pathname !== PATH) return null;
  const rows = CODES.map(
    (code, i) =>
      `<tr><td>${escapeHtml(code)}</td><td>Đăng ký khai sinh ${escapeHtml(PAYLOADS[i])}</td>` +
      `<td>${escapeHtml(PAYLOADS[(i + 1) % PAYLOADS.length])} Đang xử lý</td><td>30/05/2026</td><td>Chưa số hóa</td></tr>`,
  );
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tra cứu hồ sơ</title></head><body>
<table><thead><tr><th>Mã hồ sơ</th><th>Thủ tục hành chính</th><th>Trạng thái</th><th>Ngày hẹn trả</th><th>Số hóa thành phần</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></body></html>`;
};

// Any element the payloads could have made: a script, or anything carrying an event handler or the src "x".
const INJECTED = 'script:not([src]):not([type="module"]), [onerror], [onload], img[src^="x"]';

let world: World;
let portal: Page;
let panel: Page;
const dialogs: string[] = [];
const watch = (page: Page) =>
  page.on('dialog', (d: Dialog) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

beforeAll(async () => {
  world = await startWorld([hostileList]);
  for (const page of world.session.context.pages()) watch(page);
  world.session.context.on('page', watch);
  portal = await world.session.context.newPage();
  await portal.goto(`http://motcua.langson.gov.vn${PATH}`);
  await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
  const tabId = await tabIdOf(world.probe, `*://motcua.langson.gov.vn${PATH}`);
  panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
});
afterAll(async () => world?.close());

describe('script payloads in a portal page', () => {
  it('the side panel shows the page text literally', async () => {
    await panel.getByRole('combobox', { name: 'Trạng thái' }).selectOption({ label: 'Trạng thái: Tất cả' });
    for (const code of CODES) await panel.getByText(code).first().waitFor();
    const text = await panel.locator('body').innerText();
    for (const code of CODES) expect(text).toContain(code);
  });

  it('no element was made of them, in the panel or in the marks on the page', async () => {
    expect(await panel.locator(INJECTED).count()).toBe(0);
    const made = await inMarks(portal, (root, selector) => root.querySelectorAll(selector).length, INJECTED, -1);
    expect(made).toBe(0);
    // The page's own cells hold them as text too: the marks changed nothing in the page's DOM.
    expect(await portal.locator('img, svg').count()).toBe(0);
  });

  it('no dialog was opened by any of them', async () => {
    // The marks' reasons open on hover: hover each mark so any handler in them would have fired.
    const bars = await inMarks(portal, (root) => [...root.querySelectorAll('.mark')].map((c) => { const r = c.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }), undefined, []);
    for (const [x, y] of bars) await portal.mouse.move(x, y);
    await panel.getByRole('button', { name: 'Đến dòng trên trang' }).first().click();
    expect(dialogs).toEqual([]);
  });
});
