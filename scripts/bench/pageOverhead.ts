import type { Page } from 'playwright-core';
import { launch, type Session } from '../harness/browser';
import { onboardProvince } from '../harness/extension';
import { startFixtureServer } from '../harness/fixtureServer';
import { BIG_LIST_HOST, BIG_LIST_URL, bigListMaker } from './bigPage';
import { initScript } from './bundle';
import { figure, log, summary, type Figure } from './figure';

// A pair takes seconds on the 1,000-row page: ten keep the whole bench within minutes.
const RUNS = 10;
const WARMUP = 1;

interface Idle {
  load: number | null;
  marks: number | null;
  idle: number | null;
  markCount: number;
}

/**
 * Installed before the page's own parsing starts, in the page's main world
 * (the content script's marks live in the shared DOM, in a closed shadow
 * root whose host carries their count). "Idle" is the first animation frame, plus a task, after both the
 * load event has ended and — with the extension — the marks have been drawn.
 * createMarks attaches the host and render() fills it in one task, so the
 * observer's first sight of the host already has the marks. The control
 * waits for the same frame after load, so the two arms differ only by the
 * extension's work: its script's start at document_idle, the targets
 * round-trip to the background, checkPage, and drawing and positioning
 * the marks.
 */
function recordIdle(expectMarks: boolean): void {
  const s: Idle = { load: null, marks: null, idle: null, markCount: 0 };
  (window as unknown as { __idle: Idle }).__idle = s;
  const settle = () => {
    if (s.load === null || (expectMarks && s.marks === null)) return;
    requestAnimationFrame(() => setTimeout(() => (s.idle = performance.now())));
  };
  // A task after the load event, so that loadEventEnd is set and its handlers ran.
  addEventListener('load', () => setTimeout(() => {
    s.load = performance.now();
    settle();
  }));
  if (!expectMarks) return;
  const observer = new MutationObserver(() => {
    // The marks' root is closed: their host says how many it drew.
    const count = Number(document.querySelector('tro-ly-cchc-marks')?.getAttribute('data-marks') ?? 0);
    if (!count) return;
    observer.disconnect();
    s.marks = performance.now();
    s.markCount = count;
    settle();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-marks'] });
}

async function loadToIdle(session: Session, withExtension: boolean): Promise<Idle> {
  const page: Page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(initScript(recordIdle, withExtension));
  await page.goto(BIG_LIST_URL, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __idle: Idle }).__idle.idle !== null, undefined, { timeout: 30_000 });
  const s = await page.evaluate(() => (window as unknown as { __idle: Idle }).__idle);
  await page.close();
  return s;
}

/**
 * Load-to-idle of the 1,000-row one-stop list in a browser with the
 * extension (onboarded, so its content script is registered for the host)
 * over the same in a browser without it. Both browsers run at once; loads
 * alternate between them, the order swapped every pair so that neither arm
 * always goes first. The figure is the median of the per-pair ratios.
 */
export async function pageOverheadRatio(): Promise<Figure> {
  const server = await startFixtureServer([bigListMaker]);
  const control = await launch({ port: server.port, hosts: [BIG_LIST_HOST], headless: true, withExtension: false });
  const extension = await launch({ port: server.port, hosts: [BIG_LIST_HOST], headless: true });
  try {
    await onboardProvince(extension);
    log(`page overhead: ${WARMUP} warm-up + ${RUNS} alternating pairs`);
    const ratios: number[] = [];
    const ctl: number[] = [];
    const ext: number[] = [];
    const extLoad: number[] = [];
    let marks = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const order = i % 2 ? [true, false] : [false, true];
      const got = new Map<boolean, Idle>();
      for (const withExt of order) got.set(withExt, await loadToIdle(withExt ? extension : control, withExt));
      const c = got.get(false)!;
      const e = got.get(true)!;
      if (e.markCount === 0) throw new Error('the content script drew no marks on the 1,000-row list');
      if (i < WARMUP) continue;
      marks = e.markCount;
      ctl.push(c.idle!);
      ext.push(e.idle!);
      extLoad.push(e.load!);
      ratios.push(e.idle! / c.idle!);
    }
    return figure(ratios, {
      unit: 'ratio',
      budget: null,
      digits: 3,
      how: `navigation start → idle (load event ended and, with the extension, its marks drawn; then the next frame) of ${BIG_LIST_URL} served from loopback, in a browser with the onboarded extension over one without; ${RUNS} alternating pairs after ${WARMUP} warm-ups; median of per-pair ratios`,
      detail: {
        withoutMs: summary(ctl),
        withMs: summary(ext),
        withLoadEventMs: summary(extLoad),
        ratioOfMedians: Math.round((summary(ext).median / summary(ctl).median) * 1000) / 1000,
        marks,
      },
    });
  } finally {
    await extension.close();
    await control.close();
    await server.close();
  }
}
