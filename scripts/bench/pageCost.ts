import type { CDPSession, Page, Worker } from 'playwright-core';
import { bigDossierListHtml } from '../../tests/fixtures/pages/generate';
import { launch, type Session } from '../harness/browser';
import { onboardProvince } from '../harness/extension';
import { startFixtureServer, type PageMaker } from '../harness/fixtureServer';
import { attribute, type Attribution, type Profile, type TraceEvent } from './attribution';
import { BIG_LIST_HOST } from './bigPage';
import { evaluable, initScript } from './bundle';
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
/** Clicks while the extension works: one every this many milliseconds, from the load event until the page is idle. */
const CLICK_EVERY_MS = 10;
/** Away from the code links: a click there would navigate. */
const CLICK_AT = { x: 640, y: 420 };

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
  /** domContentLoadedEventEnd and responseEnd: where between them and the load event the time went. */
  domContentLoaded: number | null;
  responseEnd: number | null;
  marks: number | null;
  idle: number | null;
  /** Epoch milliseconds of the idle point, to set beside the service worker's clock. */
  idleEpoch: number | null;
  clickDelays: number[];
}

/**
 * In the page's main world, the same in both arms: the load event's end, the
 * marks' appearance (with the extension), an idle point (two idle callbacks
 * after both) and, for every click, the time from its event timestamp to the
 * page's own handler. Nothing watches the page while it parses: the observer
 * for the marks starts at the load event (the content script starts after
 * it), so neither arm pays for it during the load.
 */
function recordPage(expectMarks: boolean): void {
  const s: InPage = { load: null, domContentLoaded: null, responseEnd: null, marks: null, idle: null, idleEpoch: null, clickDelays: [] };
  (window as unknown as { __cost: InPage }).__cost = s;
  addEventListener('click', (e) => {
    s.clickDelays.push(performance.now() - e.timeStamp);
    e.preventDefault();
  }, true);
  const settle = () => {
    if (s.load === null || (expectMarks && s.marks === null)) return;
    // Two idle callbacks: the content script's deferred work gets its turn first.
    requestIdleCallback(() => requestIdleCallback(() => {
      s.idle = performance.now();
      s.idleEpoch = performance.timeOrigin + s.idle;
    }, { timeout: 2000 }), { timeout: 2000 });
  };
  const marked = () => Number(document.querySelector('tro-ly-cchc-marks')?.getAttribute('data-marks') ?? 0) > 0;
  addEventListener('load', () => {
    if (expectMarks) {
      const observer = new MutationObserver(() => {
        if (!marked()) return;
        observer.disconnect();
        s.marks = performance.now();
        settle();
      });
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-marks'] });
    }
    // A task after the load event, so that loadEventEnd is set.
    setTimeout(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      s.load = nav ? nav.loadEventEnd : performance.now();
      s.domContentLoaded = nav?.domContentLoadedEventEnd ?? null;
      s.responseEnd = nav?.responseEnd ?? null;
      settle();
    });
  });
}

interface Writes {
  arrivals: number[];
  commits: number[];
}

/**
 * In the service worker: when each page.observed message arrives, and when
 * each write of the pages table commits (Dexie announces every committed
 * change on the worker's global). Epoch milliseconds, comparable with the page's.
 */
function recordWrites(): void {
  const w: Writes = { arrivals: [], commits: [] };
  const now = () => performance.timeOrigin + performance.now();
  (globalThis as unknown as { __writes: Writes }).__writes = w;
  (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string })?.type === 'page.observed') w.arrivals.push(now());
    return false;
  });
  addEventListener('x-storagemutated-1', (e) => {
    const parts = Object.keys((e as CustomEvent<Record<string, unknown>>).detail ?? {});
    if (parts.some((p) => p.includes('/pages/'))) w.commits.push(now());
  });
}

const watchWrites = (worker: Worker): Promise<void> => worker.evaluate(evaluable(recordWrites, undefined));

const writesOf = (worker: Worker): Promise<Writes> => worker.evaluate(() => (globalThis as unknown as { __writes: Writes }).__writes);

interface Load extends Attribution {
  loadEventMs: number;
  domContentLoadedMs: number;
  responseEndMs: number;
  worstClickDelayMs: number;
  clicks: number;
  idleEpoch: number;
  startEpoch: number;
}

async function collectTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

/**
 * One load of the list: CPU profile and task trace of the renderer from
 * navigation to idle, and a click on the list every few milliseconds from
 * the load event until idle, while the content script reads and marks it.
 */
async function loadOnce(session: Session, host: string, rows: number, withExtension: boolean): Promise<Load> {
  const page: Page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  // A page of the same site first, so that the list loads in the renderer the profiler is attached to.
  await page.goto(`http://${host}/blank`);
  await page.addInitScript(initScript(recordPage, withExtension));
  const cdp: CDPSession = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', { categories: '-*,devtools.timeline,disabled-by-default-devtools.timeline,toplevel,__metadata', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const startEpoch = Date.now();
  await page.goto(listUrl(host, rows), { waitUntil: 'load' });
  // The clicks go on their own clock: asking the page whether it is idle waits for its main thread, and a click
  // sent only after that answer would never land inside the extension's work.
  let idle = false;
  const clicking = (async () => {
    while (!idle) {
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...CLICK_AT, button: 'left', clickCount: 1 });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...CLICK_AT, button: 'left', clickCount: 1 });
      await new Promise((r) => setTimeout(r, CLICK_EVERY_MS));
    }
  })();
  await page.waitForFunction(() => (window as unknown as { __cost: InPage }).__cost.idle !== null, undefined, { timeout: 60_000, polling: 50 });
  idle = true;
  await clicking;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const trace = await collectTrace(cdp);
  const s = await page.evaluate(() => (window as unknown as { __cost: InPage }).__cost);
  await cdp.detach();
  await page.close();
  return {
    ...attribute(profile, trace),
    loadEventMs: s.load!,
    domContentLoadedMs: s.domContentLoaded ?? Number.NaN,
    responseEndMs: s.responseEnd ?? Number.NaN,
    worstClickDelayMs: Math.max(0, ...s.clickDelays),
    clicks: s.clickDelays.length,
    idleEpoch: s.idleEpoch!,
    startEpoch,
  };
}

/** The first commit of the pages table after `since`, waited for. */
async function commitAfter(worker: Worker, since: number): Promise<{ arrival: number; commit: number }> {
  for (let tries = 0; tries < 300; tries++) {
    const w = await writesOf(worker);
    const arrival = w.arrivals.find((t) => t > since);
    const commit = arrival === undefined ? undefined : w.commits.find((t) => t >= arrival);
    if (arrival !== undefined && commit !== undefined) return { arrival, commit };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the background never stored the observed page');
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
  const dclDiffs: number[] = [];
  const responseDiffs: number[] = [];
  const clickDiffs: number[] = [];
  const beforeLoad: number[] = [];
  const loads: Record<string, number[]> = { with: [], without: [] };
  const clicks: Record<string, number[]> = { with: [], without: [] };
  const writes: number[] = [];
  const overlaps: number[] = [];
  try {
    await onboardProvince(session);
    await watchWrites(session.worker!);
    for (const rows of SIZES) {
      log(`page cost, ${rows} rows: ${WARMUP} warm-up + ${RUNS} alternating pairs`);
      const extMs: number[] = [];
      const controlMs: number[] = [];
      const longest: number[] = [];
      const coverage: number[] = [];
      const whole: number[] = [];
      const sequence: { load: Load; withExt: boolean; counted: boolean }[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const order = i % 2 ? [true, false] : [false, true];
        const got = new Map<boolean, Load>();
        for (const withExt of order) {
          const load = await loadOnce(session, withExt ? BIG_LIST_HOST : CONTROL_HOST, rows, withExt);
          got.set(withExt, load);
          sequence.push({ load, withExt, counted: i >= WARMUP });
        }
        if (i < WARMUP) continue;
        const e = got.get(true)!;
        const c = got.get(false)!;
        extMs.push(e.extensionMs);
        controlMs.push(c.extensionMs);
        longest.push(e.longestTaskMs);
        coverage.push(e.samplesInTasks);
        whole.push(e.longestTaskWholeMs);
        if (rows === 1000) {
          loadDiffs.push(e.loadEventMs - c.loadEventMs);
          beforeLoad.push(e.beforeLoadMs);
          dclDiffs.push(e.domContentLoadedMs - c.domContentLoadedMs);
          responseDiffs.push(e.responseEndMs - c.responseEndMs);
          loads.with.push(e.loadEventMs);
          loads.without.push(c.loadEventMs);
          clickDiffs.push(e.worstClickDelayMs - c.worstClickDelayMs);
          clicks.with.push(e.worstClickDelayMs);
          clicks.without.push(c.worstClickDelayMs);
        }
      }
      if (rows === 1000) {
        // Each measured load with the extension: how long the background took to store it, and whether it was still storing when the next load began.
        for (let n = 0; n < sequence.length; n++) {
          const { load, withExt, counted } = sequence[n];
          if (!withExt || !counted) continue;
          const { arrival, commit } = await commitAfter(session.worker!, load.startEpoch);
          writes.push(commit - arrival);
          const next = sequence[n + 1]?.load.startEpoch;
          if (next !== undefined) overlaps.push(Math.max(0, commit - next));
        }
      }
      const where = `the ${rows}-row one-stop list (${listUrl(BIG_LIST_HOST, rows)}, loopback), CPU profile (200 µs sampling) and task trace of the page's renderer via the DevTools protocol from navigation to idle (load event ended, marks drawn, then two idle callbacks)`;
      out[`extensionMainThreadMs.rows${rows}`] = figure(extMs, {
        unit: 'ms',
        budget: rows === 1000 ? 20 : 60,
        how: `${where}: sampled time whose stack holds a chrome-extension:// script (its own code and the DOM/layout work it calls); ${RUNS} loads after ${WARMUP} warm-up, alternating in the same browser with the same page under a host never granted`,
        detail: { controlHostMs: summary(controlMs) },
      });
      out[`longestExtensionTaskMs.rows${rows}`] = figure(longest, {
        unit: 'ms',
        budget: 50,
        how: `${where}: the most sampled extension time inside one main-thread task (trace RunTask events, profile samples placed in them by time); the whole of that task, the page's part included, in the detail`,
        detail: { extensionSamplesInTracedTasks: summary(coverage, 3), wholeTaskMs: summary(whole) },
      });
    }
    out.loadEventDelayMs = figure(loadDiffs, {
      unit: 'ms',
      budget: 5,
      how: `loadEventEnd of the 1,000-row list under the granted host minus under a host never granted, same browser, alternating; median of ${RUNS} paired differences`,
      detail: {
        withMs: summary(loads.with),
        withoutMs: summary(loads.without),
        domContentLoadedDelayMs: summary(dclDiffs),
        responseEndDelayMs: summary(responseDiffs),
        extensionMsBeforeLoadEvent: summary(beforeLoad),
      },
    });
    out.inputDelayMs = figure(clickDiffs, {
      unit: 'ms',
      budget: 16,
      how: `trusted clicks (DevTools Input.dispatchMouseEvent) on the 1,000-row list every ${CLICK_EVERY_MS} ms from the load event until the page is idle, i.e. while the content script reads, checks and marks it; per load the worst delay from a click's event timestamp to the page's own capture-phase handler; granted host minus ungranted, median of ${RUNS} paired differences`,
      detail: { withMs: summary(clicks.with), withoutMs: summary(clicks.without) },
    });
    out.backgroundWrite1000Ms = figure(writes, {
      unit: 'ms',
      budget: null,
      how: `in the service worker, from the arrival of the 1,000-row list's page.observed message to the commit of its write (validation, checks, observations and day digests, the tab's findings), seen by a second runtime.onMessage listener and Dexie's storagemutated event; ${writes.length} loads`,
    });
    out.backgroundWriteOverlapMs = figure(overlaps, {
      unit: 'ms',
      budget: 0,
      how: 'how long the background was still storing a 1,000-row list after the next page began to load (the bench starts the next load as soon as the list is idle: the earliest a person moves on); 0 when the write was done first',
    });
    return out;
  } finally {
    await session.close();
    await server.close();
  }
}
