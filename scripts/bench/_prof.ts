// Temporary profiling script (not committed).
import { writeFileSync } from 'node:fs';
import { launch } from '../harness/browser';
import { onboardProvince } from '../harness/extension';
import { startFixtureServer, type PageMaker } from '../harness/fixtureServer';
import { bigDossierListHtml } from '../../tests/fixtures/pages/generate';

const HOST = 'motcua.langson.gov.vn';
const rows = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 3);
const html = bigDossierListHtml(rows);
const maker: PageMaker = (url) => (url.pathname === '/blank' ? '<!DOCTYPE html><title>-</title>' : url.pathname === '/vi/dossier/search' ? html : null);

interface Node { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number }

const server = await startFixtureServer([maker]);
const session = await launch({ port: server.port, hosts: [HOST], headless: true });
await onboardProvince(session);
const self = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
for (let r = 0; r < runs + 1; r++) {
  const page = await session.context.newPage();
  await page.goto(`http://${HOST}/blank`);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`http://${HOST}/vi/dossier/search?size=${rows}`, { waitUntil: 'load' });
  await page.waitForFunction(() => Number(document.querySelector('tro-ly-cchc-marks')?.getAttribute('data-marks') ?? 0) > 0, undefined, { timeout: 60000 });
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await page.close();
  if (r === 0) continue;
  writeFileSync(`/tmp/i15-prof/run${r}.cpuprofile`, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;

  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;

    const chain: Node[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) chain.push(byId.get(id)!);
    if (!chain.some((n) => n.callFrame.url.startsWith('chrome-extension://'))) continue;
    total += dt;
    self.set(name(chain[0]), (self.get(name(chain[0])) ?? 0) + dt);
    for (const k of new Set(chain.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map(name))) incl.set(k, (incl.get(k) ?? 0) + dt);
  }
}
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${(v / runs).toFixed(1).padStart(8)}  ${k}`).join('\n');
console.log(`extension ms per run: ${(total / runs).toFixed(1)}\n--- self ---\n${top(self)}\n--- inclusive ---\n${top(incl)}`);
await session.close();
await server.close();
