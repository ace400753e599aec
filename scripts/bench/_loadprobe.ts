// Temporary: what the renderer main thread does between DOMContentLoaded and load, with and without the extension.
import { launch } from '../harness/browser';
import { onboardProvince } from '../harness/extension';
import { startFixtureServer, type PageMaker } from '../harness/fixtureServer';
import { bigDossierListHtml } from '../../tests/fixtures/pages/generate';
import type { TraceEvent } from './attribution';

const HOSTS = ['motcua.langson.gov.vn', 'motcua.khong-cap-quyen.test'];
const html = bigDossierListHtml(1000);
const maker: PageMaker = (url) => (url.pathname === '/blank' ? '<!DOCTYPE html><title>-</title>' : url.pathname === '/vi/dossier/search' ? html : null);
const server = await startFixtureServer([maker]);
const session = await launch({ port: server.port, hosts: HOSTS, headless: true });
await onboardProvince(session);
for (let r = 0; r < 4; r++) {
  const host = HOSTS[r % 2];
  const page = await session.context.newPage();
  await page.goto(`http://${host}/blank`);
  const cdp = await session.context.newCDPSession(page);
  const events: (TraceEvent & { cat?: string; args?: Record<string, unknown> })[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: '-*,devtools.timeline,disabled-by-default-devtools.timeline,toplevel,loading,blink.user_timing,navigation,extensions,__metadata', transferMode: 'ReportEvents' });
  await page.goto(`http://${host}/vi/dossier/search?size=1000`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const done = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
  await cdp.send('Tracing.end');
  await done;
  const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { dcl: n.domContentLoadedEventEnd, load: n.loadEventStart, resp: n.responseEnd }; });
  await page.close();
  const dcl = events.filter((e) => e.name === 'MarkDOMContent').map((e) => e.ts).sort().at(-1)!;
  const load = events.filter((e) => e.name === 'MarkLoad').map((e) => e.ts).sort().at(-1)!;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const within = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.ts >= dcl - 1000 && e.ts <= load && (e.dur ?? 0) > 2000);
  const byName = new Map<string, number>();
  for (const e of within) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, ms]) => `${n}=${ms.toFixed(0)}`).join(' ');
  const tasks = within.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  for (const t of tasks) {
    const kids = events.filter((e) => e.ph === 'X' && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur! && (e.dur ?? 0) > 1000 && !e.name.includes('RunTask'));
    console.log(`   task at +${((t.ts - dcl) / 1000).toFixed(0)} ms ${(t.dur! / 1000).toFixed(0)} ms: ${kids.map((k) => `${k.name}(${((k.dur ?? 0) / 1000).toFixed(0)}${k.name === 'EvaluateScript' || k.name === 'FunctionCall' ? ' ' + String(((k.args as { data?: { url?: string; functionName?: string } })?.data?.url ?? '')).slice(-30) : ''})`).join(' ')}`);
  }
  console.log(`${host.padEnd(30)} resp ${nav.resp.toFixed(0)} dcl ${nav.dcl.toFixed(0)} load ${nav.load.toFixed(0)} | trace dcl→load ${((load - dcl) / 1000).toFixed(0)} ms | ${top}`);
}
await session.close();
await server.close();
