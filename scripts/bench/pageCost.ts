import type { CDPSession, Page } from 'playwright-core';
import { bigDossierListHtml } from '../../tests/fixtures/pages/generate';
import { launch, type Session } from '../harness/browser';
import { onboardProvince } from '../harness/extension';
import { startFixtureServer, type PageMaker } from '../harness/fixtureServer';
import { BIG_LIST_HOST } from './bigPage';
import { initScript } from './bundle';
import { figure, log, summary, type Figure } from './figure';

/**
 * The same page under a host the extension was never granted: its content
 * scripts are registered only for granted hosts, so this arm is the page
 * without the extension, in the same browser, at the same moment.
 */
const CONTROL_HOST = 'motcua.khong-cap-quyen.test';
const SIZES = [1000, 5000] as const;
const RUNS = 6;
const WARMUP = 1;

const pages = new Map<number, string>(SIZES.map((n) => [n, bigDossierListHtml(n)]));
const listUrl = (host: string, rows: number) => `http://${host}/vi/dossier/search?size=${rows}`;

const listMaker: PageMaker = (url) => {
  if (url.host !== BIG_LIST_HOST && url.host !== CONTROL_HOST) return null;
  if (url.pathname === '/blank') return '<!DOCTYPE html><title>-</title>';
  if (url.pathname !== '/vi/dossier/search') return null;
  return pages.get(Number(url.searchParams.get('size'))) ?? null;
};

interface InPage {
  load: number | null;
  marks: number | null;
  idle: number | null;
  clickDelay: number | null;
}

/**
 * In the page's main world, before its parsing: the load event's end, the
 * marks' appearance (with the extension), an idle point (a frame and a task
 * after both), and the delay a click handler of the page's own sees — the time
 * from the click's event timestamp to the handler's start.
 */
function recordPage(expectMarks: boolean): void {
  const s: InPage = { load: null, marks: null, idle: null, clickDelay: null };
  (window as unknown as { __cost: InPage }).__cost = s;
  addEventListener('click', (e) => {
    if (s.clickDelay === null) s.clickDelay = performance.now() - e.timeStamp;
  }, true);
  const settle = () => {
    if (s.load === null || (expectMarks && s.marks === null)) return;
    // Two idle callbacks: the content script's deferred work gets its turn first.
    requestIdleCallback(() => requestIdleCallback(() => (s.idle = performance.now()), { timeout: 2000 }), { timeout: 2000 });
  };
  addEventListener('load', () => setTimeout(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    s.load = nav ? nav.loadEventEnd : performance.now();
    settle();
  }));
  if (!expectMarks) return;
  const observer = new MutationObserver(() => {
    const count = Number(document.querySelector('tro-ly-cchc-marks')?.getAttribute('data-marks') ?? 0);
    if (!count) return;
    observer.disconnect();
    s.marks = performance.now();
    settle();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-marks'] });
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

/**
 * From a CPU profile of the page's renderer: the time of samples whose stack
 * holds extension code (self time of the extension's functions plus the
 * DOM and layout work they call), and the longest unbroken run of such
 * samples (garbage collection inside it does not break it). The profile has
 * no task boundaries: the run is extension code that never returned to the
 * event loop, a lower bound of the longest task that runs it.
 */
function attribute(profile: Profile): { extensionMs: number; longestMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const inExtension = new Map<number, boolean>();
  const extensionStack = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const v = isExtensionUrl(byId.get(id)!.callFrame.url) || (parent !== undefined && extensionStack(parent));
    inExtension.set(id, v);
    return v;
  };
  let extensionUs = 0;
  let longestUs = 0;
  let run = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's delta is the time since the previous one: it belongs to this sample's stack.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i];
    if (extensionStack(id)) {
      extensionUs += dt;
      run += dt;
      longestUs = Math.max(longestUs, run);
    } else if (byId.get(id)!.callFrame.functionName !== '(garbage collector)') run = 0;
  }
  return { extensionMs: extensionUs / 1000, longestMs: longestUs / 1000 };
}

interface Load {
  extensionMs: number;
  longestMs: number;
  loadEventMs: number;
  clickDelayMs: number;
}

/** One load of the list, profiled from navigation start to idle; a click lands on a row just after the load event. */
async function loadOnce(session: Session, host: string, rows: number, withExtension: boolean): Promise<Load> {
  const page: Page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  // A page of the same site first, so that the list loads in the renderer the profiler is attached to.
  await page.goto(`http://${host}/blank`);
  await page.addInitScript(initScript(recordPage, withExtension));
  const cdp: CDPSession = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(listUrl(host, rows), { waitUntil: 'load' });
  // The click the person makes while the extension reads and marks the list.
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: 200, y: 300, button: 'left', clickCount: 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: 200, y: 300, button: 'left', clickCount: 1 });
  await page.waitForFunction(() => (window as unknown as { __cost: InPage }).__cost.idle !== null, undefined, { timeout: 60_000 });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const s = await page.evaluate(() => (window as unknown as { __cost: InPage }).__cost);
  await cdp.detach();
  await page.close();
  return { ...attribute(profile), loadEventMs: s.load!, clickDelayMs: s.clickDelay ?? Number.NaN };
}

/**
 * What the extension costs the portal page, measured in one browser on the
 * page's renderer: each pair loads the same list under the granted one-stop
 * host (content script injected) and under a host never granted (not
 * injected), the order swapped every pair.
 */
export async function pageCost(): Promise<Record<string, Figure>> {
  const server = await startFixtureServer([listMaker]);
  const session = await launch({ port: server.port, hosts: [BIG_LIST_HOST, CONTROL_HOST], headless: true });
  const out: Record<string, Figure> = {};
  const loadDiffs: number[] = [];
  const clickDiffs: number[] = [];
  const loads: Record<string, number[]> = { with: [], without: [] };
  try {
    await onboardProvince(session);
    for (const rows of SIZES) {
      log(`page cost, ${rows} rows: ${WARMUP} warm-up + ${RUNS} alternating pairs`);
      const extMs: number[] = [];
      const controlMs: number[] = [];
      const longest: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const order = i % 2 ? [true, false] : [false, true];
        const got = new Map<boolean, Load>();
        for (const withExt of order) got.set(withExt, await loadOnce(session, withExt ? BIG_LIST_HOST : CONTROL_HOST, rows, withExt));
        if (i < WARMUP) continue;
        const e = got.get(true)!;
        const c = got.get(false)!;
        extMs.push(e.extensionMs);
        controlMs.push(c.extensionMs);
        longest.push(e.longestMs);
        if (rows === 1000) {
          loadDiffs.push(e.loadEventMs - c.loadEventMs);
          loads.with.push(e.loadEventMs);
          loads.without.push(c.loadEventMs);
          if (Number.isFinite(e.clickDelayMs) && Number.isFinite(c.clickDelayMs)) clickDiffs.push(e.clickDelayMs - c.clickDelayMs);
        }
      }
      const where = `the ${rows}-row one-stop list (${listUrl(BIG_LIST_HOST, rows)}, loopback), CPU profile (200 µs sampling) of the page's renderer via the DevTools protocol from navigation to idle (load event ended, marks drawn, then two idle callbacks)`;
      out[`extensionMainThreadMs.rows${rows}`] = figure(extMs, {
        unit: 'ms',
        budget: rows === 1000 ? 20 : 60,
        how: `${where}: sampled time whose stack holds a chrome-extension:// script (its own code and the DOM/layout work it calls); ${RUNS} loads after ${WARMUP} warm-up, alternating in the same browser with the same page under a host never granted`,
        detail: { controlHostMs: summary(controlMs) },
      });
      out[`longestExtensionTaskMs.rows${rows}`] = figure(longest, {
        unit: 'ms',
        budget: 50,
        how: `${where}: longest unbroken run of samples in extension code (GC inside it included) — the profile has no task boundaries, so this is a lower bound of the longest task that runs extension code`,
      });
    }
    out.loadEventDelayMs = figure(loadDiffs, {
      unit: 'ms',
      budget: 5,
      how: `loadEventEnd of the 1,000-row list under the granted host minus under a host never granted, same browser, alternating; median of ${RUNS} paired differences`,
      detail: { withMs: summary(loads.with), withoutMs: summary(loads.without) },
    });
    out.inputDelayMs = figure(clickDiffs.length ? clickDiffs : [Number.NaN], {
      unit: 'ms',
      budget: 16,
      how: `a trusted click (DevTools Input.dispatchMouseEvent) on a row of the 1,000-row list sent as soon as the load event fired, while the content script reads and marks the list; the page's own capture-phase click handler's start minus the event's timestamp, granted host minus ungranted, median of ${clickDiffs.length} paired differences`,
    });
    return out;
  } finally {
    await session.close();
    await server.close();
  }
}
