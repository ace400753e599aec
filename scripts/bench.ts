/**
 * Performance budgets, measured.
 *
 *   npm run bench                    readable table on stdout
 *   npm run -s bench -- --json       one JSON object on stdout, progress on stderr
 *   npm run bench -- --only NAME     one figure (repeatable)
 *   npm run bench -- --build         rebuild .output/chrome-mv3-demo first
 *
 * Budgets are reported, never asserted: the exit code is non-zero only when
 * a benchmark could not run.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { aggregateQuarter100k } from './bench/aggregate';
import { contentScriptGzipBytes } from './bench/contentScripts';
import { dbBytesPerObservation } from './bench/dbBytes';
import { extract1000Rows } from './bench/extract';
import { log, type Figure } from './bench/figure';
import { pageCost } from './bench/pageCost';
import { planParse70Kb } from './bench/planParse';
import { sidepanelFirstRender } from './bench/sidepanel';
import { restoreFigures } from './bench/restore';
import { ocrFigures } from './bench/ocr';
import { closeStoreWorld } from './bench/storeWorld';

type Result = Figure | Record<string, Figure>;

/** Each bench yields one or more named figures. */
const BENCHES: Record<string, () => Promise<Record<string, Result>>> = {
  contentScriptGzipBytes: async () => ({ contentScriptGzipBytes: await contentScriptGzipBytes() }),
  extract1000RowsMs: async () => ({ extract1000RowsMs: await extract1000Rows() }),
  pageCost,
  sidepanelFirstRenderMs: async () => ({ sidepanelFirstRenderMs: await sidepanelFirstRender() }),
  aggregateQuarter100kMs: async () => aggregateQuarter100k(),
  planParse70KbMs: async () => ({ planParse70KbMs: await planParse70Kb() }),
  dbBytesPerObservation: async () => ({ dbBytesPerObservation: await dbBytesPerObservation() }),
  restore: restoreFigures,
  ocr: ocrFigures,
};

function parseArgs(argv: string[]): { json: boolean; build: boolean; only: string[] } {
  const only: string[] = [];
  let json = false;
  let build = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--build') build = true;
    else if (arg === '--only') only.push(argv[++i] ?? '');
    else throw new Error(`unknown argument ${arg}`);
  }
  for (const name of only) {
    if (!BENCHES[name]) throw new Error(`unknown bench "${name}": one of ${Object.keys(BENCHES).join(', ')}`);
  }
  return { json, build, only };
}

const isFigure = (r: Result): r is Figure => typeof (r as Figure).median === 'number';

function table(results: Record<string, Result | { error: string }>): string {
  const rows: string[][] = [['figure', 'median', 'p10–p90', 'min–max', 'runs', 'budget', 'ok']];
  const add = (name: string, f: Figure) =>
    rows.push([
      name,
      `${f.median} ${f.unit}`,
      `${f.spread.p10}–${f.spread.p90}`,
      `${f.spread.min}–${f.spread.max}`,
      String(f.runs),
      f.budget === null ? '—' : `${f.atLeast ? '≥' : '≤'} ${f.budget}`,
      f.withinBudget === null ? '' : f.withinBudget ? 'yes' : 'NO',
    ]);
  for (const [name, r] of Object.entries(results)) {
    if ('error' in r && typeof r.error === 'string') rows.push([name, `ERROR: ${r.error}`, '', '', '', '', '']);
    else if (isFigure(r as Result)) add(name, r as Figure);
    else for (const [part, f] of Object.entries(r as Record<string, Figure>)) add(`${name}.${part}`, f);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<number> {
  const { json, build, only } = parseArgs(process.argv.slice(2));
  const root = resolve(import.meta.dirname, '..');
  if (build) {
    log('building the demo extension');
    // stdout of the build would break --json: it goes to stderr.
    execFileSync('npm', ['run', '-s', 'build:demo'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  }
  const names = only.length ? only : Object.keys(BENCHES);
  const results: Record<string, Result | { error: string }> = {};
  let failed = false;
  const started = performance.now();
  // Other work on the machine moves every timing: the load is part of the result.
  const loadBefore = loadavg()[0];
  try {
    for (const name of names) {
      log(`${name}…`);
      const t0 = performance.now();
      try {
        Object.assign(results, await BENCHES[name]());
      } catch (e) {
        failed = true;
        results[name] = { error: e instanceof Error ? e.message : String(e) };
        log(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
      log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await closeStoreWorld();
  }
  const environment = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    loadAverage1m: { before: loadBefore, after: loadavg()[0] },
  };
  if (json) process.stdout.write(JSON.stringify({ ...results, environment }) + '\n');
  else {
    process.stdout.write(table(results) + '\n\n');
    const load = `${environment.loadAverage1m.before.toFixed(1)} → ${environment.loadAverage1m.after.toFixed(1)}`;
    process.stdout.write(
      `Node ${environment.node}, ${environment.cpus} cores, load average ${load}, ${environment.seconds} s. How each figure is measured: --json.\n`,
    );
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(e instanceof Error ? e.message : String(e));
    process.exit(2);
  },
);
