import { launch } from '../harness/browser';
import { startFixtureServer } from '../harness/fixtureServer';
import { BENCH_TODAY, BIG_LIST_HOST, BIG_LIST_ROWS, BIG_LIST_URL, bigListMaker } from './bigPage';
import { PAGE_GLOBAL, installInPage } from './bundle';
import { figure, log, summary, type Figure } from './figure';
import type { ObserveTimes } from './inPage/portal';

type PortalApi = typeof import('./inPage/portal');

const RUNS = 30;
const WARMUP = 5;

/**
 * checkPage (classify, extract, check) on the live DOM of the 1,000-row
 * list in Chromium without the extension: the same lib code the content
 * script runs, bundled by esbuild and evaluated in the page.
 */
export async function extract1000Rows(): Promise<Figure> {
  const server = await startFixtureServer([bigListMaker]);
  const session = await launch({ port: server.port, hosts: [BIG_LIST_HOST], headless: true, withExtension: false });
  try {
    const page = await session.context.newPage();
    await page.goto(BIG_LIST_URL, { waitUntil: 'load' });
    await installInPage(page, 'inPage/portal.ts');
    log(`extract: ${WARMUP} warm-up + ${RUNS} runs of checkPage on ${BIG_LIST_ROWS} rows`);
    const result: ObserveTimes = await page.evaluate(
      ([g, runs, warmup, today]) => (globalThis as unknown as Record<string, PortalApi>)[g].timeObserve(runs, warmup, today),
      [PAGE_GLOBAL, RUNS, WARMUP, BENCH_TODAY] as const,
    );
    if (result.dossiers !== BIG_LIST_ROWS) throw new Error(`checkPage read ${result.dossiers} dossiers of ${BIG_LIST_ROWS}`);
    return figure(result.samples, {
      unit: 'ms',
      budget: 20,
      how: `performance.now() around checkPage(document, url, targetsInForce([]), '${BENCH_TODAY}') in Chromium on the ${BIG_LIST_ROWS}-row list, ${RUNS} runs after ${WARMUP} warm-ups`,
      detail: {
        kind: result.kind,
        dossiers: result.dossiers,
        findings: result.findings,
        classifyMs: summary(result.phases.classify),
        extractMs: summary(result.phases.extract),
        checkMs: summary(result.phases.check),
      },
    });
  } finally {
    await session.close();
    await server.close();
  }
}
