import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../../scripts/harness/browser';
import { openExtensionPage } from '../../scripts/harness/extension';
import { planText } from '../fixtures/plans';
import { printPlanOnce } from '../plan/printPdf';

/*
 * The extension promises that nothing leaves the browser. Its pages' content
 * security policy holds it to that: a request to any server, even one on the
 * same machine, is refused before it is sent, while the pages' own work
 * (reading a PDF, the database) raises no violation.
 */

let session: Session;
let server: Server;
let base = '';
const received: string[] = [];
const violations: string[] = [];

const watch = (page: Page) => page.on('console', (m: ConsoleMessage) => /Content Security Policy/i.test(m.text()) && violations.push(`${page.url()}: ${m.text()}`));

/** What a script in an extension context gets when it tries to reach `base`. */
async function tryToReach(page: Page, url: string) {
  return page.evaluate(async (target) => {
    const fetched = await fetch(`${target}/fetch`).then(
      (r) => `answered ${r.status}`,
      (e: unknown) => `refused: ${String(e)}`,
    );
    const image = await new Promise<string>((done) => {
      const img = new Image();
      img.onload = () => done('loaded');
      img.onerror = () => done('refused');
      img.src = `${target}/image.png`;
    });
    const socket = await new Promise<string>((done) => {
      try {
        const ws = new WebSocket(`${target.replace(/^http/, 'ws')}/socket`);
        ws.onopen = () => done('open');
        ws.onerror = () => done('refused');
      } catch (e) {
        done(`refused: ${String(e)}`);
      }
    });
    return { fetched, image, socket };
  }, url);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(req.url ?? '');
    res.writeHead(200, { 'access-control-allow-origin': '*' }).end('ok');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  session = await launch({ port: 9, hosts: [], headless: true });
});
afterAll(async () => {
  await session?.close();
  await new Promise((closed) => server?.close(closed));
});

describe('content security policy of the extension pages', () => {
  it('the loopback server answers a request from outside the extension (the test can see one)', async () => {
    const response = await fetch(`${base}/control`);
    expect(await response.text()).toBe('ok');
    expect(received).toEqual(['/control']);
    received.length = 0;
  });

  it('refuses fetch, an image and a WebSocket from the options page, and the server sees nothing', async () => {
    const options = await openExtensionPage(session, 'options.html');
    watch(options);
    const outcome = await tryToReach(options, base);
    expect(outcome.fetched).toMatch(/^refused/);
    expect(outcome.image).toBe('refused');
    expect(outcome.socket).toMatch(/^refused/);
    // Anything that slipped out would have arrived by now.
    await options.waitForTimeout(500);
    expect(received).toEqual([]);
    expect(violations.length).toBeGreaterThanOrEqual(3);
    violations.length = 0;
    await options.close();
  });

  it('refuses a fetch from the service worker too', async () => {
    const outcome = await session.worker!.evaluate(async (target) =>
      fetch(`${target}/worker`).then(
        (r) => `answered ${r.status}`,
        (e: unknown) => `refused: ${String(e)}`,
      ),
    base);
    expect(outcome).toMatch(/^refused/);
    expect(received).toEqual([]);
  });

  it('leaves the pages their own work: every view, and a PDF plan read in the options page, without a violation', async () => {
    const pdf = await printPlanOnce(planText('yen-binh-2026.txt'));
    const options = await openExtensionPage(session, 'options.html#plans');
    watch(options);
    await options.getByLabel(/^Chọn tệp/).setInputFiles({ name: 'ke-hoach.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await options.getByRole('heading', { name: 'Kiểm tra trước khi lưu' }).waitFor();
    for (const view of ['tasks', 'page', 'targets']) {
      const panel = await openExtensionPage(session, `sidepanel.html?view=${view}`, 400, 900);
      watch(panel);
      await panel.locator('main').waitFor();
      await panel.close();
    }
    const popup = await openExtensionPage(session, 'popup.html', 360, 640);
    watch(popup);
    await popup.locator('body *').first().waitFor();
    await popup.waitForTimeout(300);
    expect(violations).toEqual([]);
    expect(received).toEqual([]);
  });
});
