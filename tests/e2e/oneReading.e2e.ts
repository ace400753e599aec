import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { vietnamDate } from '../../lib/time/dates';
import type { PageFacts, PageReport } from '../../lib/schema/facts';
import { launch, type Session } from '../../scripts/harness/browser';
import { dumpDatabase, openExtensionPage, onboardProvince } from '../../scripts/harness/extension';
import { fixtureHosts, fixturePages, startFixtureServer, type FixtureServer } from '../../scripts/harness/fixtureServer';
import { checkSavedPage } from '../../scripts/savedPage';
import { fixtureHtml } from '../pages/load';

/** The extension API inside an extension page evaluated by Playwright. */
declare const chrome: typeof import('wxt/browser').browser;

/*
 * One reading, whatever runs it: for every fixture page, the facts the
 * content script sends from Chromium, and the findings the background draws
 * from them, equal what the command line (`npm run observe`, in Node) reads
 * from the same page: kind, every field of every observation, every finding.
 * The command line reads saved pages; a page whose own scripts draw its list
 * is read as the browser saves it.
 */
let server: FixtureServer;
let session: Session;
let probe: Page;

interface Sent {
  url: string;
  tabId: number;
  facts: PageFacts;
  at: number;
}

const sentFrom = (url: string): Promise<Sent[]> =>
  probe.evaluate((u) => (globalThis as unknown as { sent: Sent[] }).sent.filter((s) => s.url === u), url);

/** The content script's last report of a page, once it has sent nothing new for a while. */
async function settledReport(url: string): Promise<Sent> {
  for (let tries = 0; tries < 150; tries++) {
    const sent = await sentFrom(url);
    const last = sent[sent.length - 1];
    if (last && Date.now() - last.at > 1500) return last;
    await probe.waitForTimeout(200);
  }
  throw new Error(`the content script sent no report from ${url}`);
}

/** The page as the browser would save it: what it shows, without the extension's marks. */
const savedPage = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as Element;
    for (const marks of Array.from(root.querySelectorAll('tro-ly-cchc-marks'))) marks.remove();
    return `<!DOCTYPE html>${root.outerHTML}`;
  });

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launch({ port: server.port, hosts: fixtureHosts(), headless: true });
  await onboardProvince(session);
  probe = await openExtensionPage(session, 'options.html#data');
  // A listener that never answers: it sees what content scripts send and leaves the answering to the background.
  await probe.evaluate(() => {
    const sent: Sent[] = [];
    (globalThis as unknown as { sent: Sent[] }).sent = sent;
    chrome.runtime.onMessage.addListener((message: { type?: string; facts?: PageFacts }, sender) => {
      if (message?.type === 'page.observed' && sender.url && sender.tab?.id !== undefined) {
        sent.push({ url: sender.url, tabId: sender.tab.id, facts: message.facts!, at: Date.now() });
      }
    });
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('one reading, in Chromium and on the command line', () => {
  it.each(fixturePages())('$file', async (entry) => {
    const page = await session.context.newPage();
    const shown = server.urlOf(entry.url);
    await page.goto(shown);
    const { facts, tabId } = await settledReport(new URL(shown).href);
    const today = vietnamDate(Date.now());
    expect(facts.kind).toBe(entry.kind);

    const { findings, ...savedFacts } = plain(await checkSavedPage(await savedPage(page), new URL(entry.url), today)) as PageReport;
    expect(savedFacts).toEqual(plain(facts));
    // The background checks the facts itself: what it keeps for the side panel is the command line's findings.
    await expect
      .poll(async () => plain(((await dumpDatabase(probe)).pages as { tabId: number; findings: unknown }[]).find((p) => p.tabId === tabId)?.findings))
      .toEqual(findings);
    // A page without scripts of its own is saved as it was served: the fixture itself is read alike.
    const html = fixtureHtml(entry.file);
    if (!/<script(?![^>]*application\/json)/i.test(html)) {
      expect(plain(await checkSavedPage(html, new URL(entry.url), today))).toEqual({ ...savedFacts, findings });
    }
    await page.close();
  });
});
