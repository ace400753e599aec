import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../harness/browser';
import { openExtensionPage } from '../harness/extension';
import { BIG_LIST_URL } from './bigPage';
import { PAGE_GLOBAL, installInPage } from './bundle';
import { log } from './figure';
import type { Usage } from './inPage/store';

export type StoreApi = typeof import('./inPage/store');

export const BENCH_UNIT = 'Phòng Văn hóa - Xã hội';
export const OBSERVATIONS = 100_000;
export const CHUNK = 20_000;
/** The year the seeded dossiers were received in, spread over its 365 days. */
export const SEED_YEAR = 2026;

/** What one 20,000-observation insert grew the database by, by both measures, read once the files had settled. */
export interface ChunkGrowth {
  count: number;
  estimateBytes: number;
  indexedDbEstimateBytes: number | null;
  diskBytes: number;
  /** How long after the insert's commit the files stopped changing (LevelDB's background compactions done). */
  settledAfterMs: number;
}

export interface StoreWorld {
  session: Session;
  /** An extension page (the database's origin) with the in-page store code installed. */
  probe: Page;
  chunks: ChunkGrowth[];
}

/** Calls an export of the in-page store bundle with JSON arguments. */
export function callStore<K extends keyof StoreApi>(
  page: Page,
  name: K,
  ...args: Parameters<StoreApi[K]>
): Promise<Awaited<ReturnType<StoreApi[K]>>> {
  return page.evaluate(
    ([g, fn, a]) => {
      const api = (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[g];
      return api[fn](...a);
    },
    [PAGE_GLOBAL, name, args] as [string, string, unknown[]],
  ) as Promise<Awaited<ReturnType<StoreApi[K]>>>;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += dirBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** The profile's IndexedDB files: only extension pages and its worker store anything in this browser. */
function indexedDbDiskBytes(profileDir: string): number {
  let total = 0;
  for (const name of ['IndexedDB', 'WebStorage']) {
    try {
      total += dirBytes(join(profileDir, name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return total;
}

const SETTLE_POLL_MS = 250;
/** Unchanged for this long: no compaction is running. */
const SETTLE_QUIET_MS = 1_500;
const SETTLE_LIMIT_MS = 60_000;

/**
 * Waits until the database's files stop changing and returns how long that
 * took. After a write LevelDB compacts its log and tables in the background
 * for a while; a size read during that time depends on how far it has got
 * (one insert's growth was seen anywhere from negative to twice the mean), a
 * size read after it depends only on what was written.
 */
async function settle(profileDir: string): Promise<number> {
  const started = performance.now();
  let last = indexedDbDiskBytes(profileDir);
  let quietSince = started;
  while (performance.now() - quietSince < SETTLE_QUIET_MS) {
    if (performance.now() - started > SETTLE_LIMIT_MS) throw new Error(`the database files were still changing ${SETTLE_LIMIT_MS / 1000} s after an insert`);
    await new Promise((r) => setTimeout(r, SETTLE_POLL_MS));
    const now = indexedDbDiskBytes(profileDir);
    if (now !== last) quietSince = performance.now();
    last = now;
  }
  return Math.round(quietSince - started);
}

/** The profile directory, asked of the browser itself: the harness does not expose it. */
async function profileDirOf(session: Session): Promise<string> {
  const page = await session.context.newPage();
  await page.goto('chrome://version');
  const dir = (await page.locator('#profile_path').innerText()).trim();
  await page.close();
  return dir;
}

async function seed(): Promise<StoreWorld> {
  const session = await launch({ port: 9, hosts: [], headless: true });
  const probe = await openExtensionPage(session, 'options.html#language');
  await installInPage(probe, 'inPage/store.ts');
  const profileDir = await profileDirOf(session);
  const chunks: ChunkGrowth[] = [];
  await settle(profileDir);
  let before: Usage = await callStore(probe, 'storageUsage');
  let diskBefore = indexedDbDiskBytes(profileDir);
  for (let from = 0; from < OBSERVATIONS; from += CHUNK) {
    const stored = await callStore(probe, 'insertObservations', from, CHUNK, SEED_YEAR, BIG_LIST_URL, BENCH_UNIT);
    const settledAfterMs = await settle(profileDir);
    const after: Usage = await callStore(probe, 'storageUsage');
    const diskAfter = indexedDbDiskBytes(profileDir);
    chunks.push({
      count: CHUNK,
      estimateBytes: after.usage - before.usage,
      indexedDbEstimateBytes: after.indexedDB === null || before.indexedDB === null ? null : after.indexedDB - before.indexedDB,
      diskBytes: diskAfter - diskBefore,
      settledAfterMs,
    });
    [before, diskBefore] = [after, diskAfter];
    log(`store: ${stored} observations stored`);
  }
  return { session, probe, chunks };
}

let world: Promise<StoreWorld> | undefined;

/**
 * One browser with the extension and 100,000 dossier observations in its
 * database, shared by the figures that need it: seeding takes longer than
 * any of them, and it measures the database's growth on the way.
 */
export function storeWorld(): Promise<StoreWorld> {
  world ??= seed();
  return world;
}

export async function closeStoreWorld(): Promise<void> {
  if (!world) return;
  const w = await world.catch(() => null);
  world = undefined;
  await w?.session.close();
}
