/**
 * Runs in an extension page (the database's origin) in Chromium: seeds the
 * extension's own Dexie database with realistic records and times the metric
 * queries against real IndexedDB.
 */
import { openDb, type CchcDb } from '@/lib/db/db';
import { observationsFromReport, upsertObservations } from '@/lib/db/observations';
import { computeMetrics } from '@/lib/metrics/compute';
import { loadPeriodObservations } from '@/lib/db/observations';
import { aggregatePeriod } from '@/lib/views/targets';
import { periodOf } from '@/lib/time/periods';
import { checkPage } from '@/lib/checks/page';
import type { Target } from '@/lib/schema/plan';
import { targetsInForce } from '@/lib/indicators/targets';
import type { Observation, PlanRecord, TaskRecord } from '@/lib/schema/records';
import { bigDossierListHtml } from '@/tests/fixtures/pages/generate';

let database: CchcDb | undefined;
const dbOf = () => (database ??= openDb());

const DAY_MS = 86_400_000;
const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const shift = (iso: string | null, days: number) => (iso === null ? null : new Date(toUtc(iso) + days * DAY_MS).toISOString().slice(0, 10));

type DossierObservation = Extract<Observation, { type: 'dossier' }>;
let templates: DossierObservation[] | undefined;

/**
 * Dossier observations exactly as the background stores them: the generated
 * 1,000-row list read by checkPage and turned into records by
 * observationsFromReport. Seeding varies their codes and dates.
 */
function dossierTemplates(listUrl: string, unit: string): DossierObservation[] {
  if (templates) return templates;
  const doc = new DOMParser().parseFromString(bigDossierListHtml(1000), 'text/html');
  const { report } = checkPage(doc, new URL(listUrl), targetsInForce([]), '2026-05-25');
  const seen = { host: new URL(listUrl).host, unit, now: Date.now(), today: '2026-05-25' };
  templates = observationsFromReport(report, seen).filter((o): o is DossierObservation => o.type === 'dossier');
  if (templates.length === 0) throw new Error('the generated list gave no dossier observations');
  return templates;
}

/**
 * Observations `from`…`from+count-1` of a year's worth: received dates spread
 * evenly over the 365 days of `year`, due and completion dates moved with
 * them, and a unique code each, as a busy one-stop centre accumulates them.
 */
function makeObservations(from: number, count: number, year: number, listUrl: string, unit: string): DossierObservation[] {
  const base = dossierTemplates(listUrl, unit);
  const jan1 = `${year}-01-01`;
  const out: DossierObservation[] = [];
  for (let i = from; i < from + count; i++) {
    const t = base[i % base.length];
    const received = shift(jan1, i % 365)!;
    const delta = t.data.receivedAt ? Math.round((toUtc(received) - toUtc(t.data.receivedAt)) / DAY_MS) : 0;
    const code = `000.31.20.H33-${received.slice(2).replace(/-/g, '')}-${String(i).padStart(6, '0')}`;
    const seenAt = toUtc(received) + 9 * 3_600_000;
    out.push({
      ...t,
      id: `dossier:${t.host}:${code}`,
      key: code,
      date: received,
      firstSeenAt: seenAt,
      seenAt,
      data: { ...t.data, code, receivedAt: received, dueAt: shift(t.data.dueAt, delta), completedAt: shift(t.data.completedAt, delta) },
    });
  }
  return out;
}

export interface Usage {
  usage: number;
  indexedDB: number | null;
}

/** The origin's usage as the quota system counts it; Chromium also breaks it down by storage kind. */
export async function storageUsage(): Promise<Usage> {
  const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return { usage: e.usage ?? 0, indexedDB: e.usageDetails?.indexedDB ?? null };
}

/** Inserts observations `from`…`from+count-1` through the background's own write path (observations and day digests). */
export async function insertObservations(from: number, count: number, year: number, listUrl: string, unit: string): Promise<number> {
  const rows = makeObservations(from, count, year, listUrl, unit);
  await upsertObservations(dbOf(), rows);
  return dbOf().observations.count();
}

export interface AggregateTimes {
  aggregate: number[];
  load: number[];
  compute: number[];
  stored: number;
  inQuarter: number;
  metrics: number;
}

/** aggregatePeriod for the quarter that holds `day`, and apart from it the load and the in-memory count. */
export async function timeAggregate(day: string, planTargets: Target[], unit: string, runs: number, warmup: number): Promise<AggregateTimes> {
  const db = dbOf();
  const targets = targetsInForce(planTargets.map((t) => ({ ...t, source: 'bench' })));
  const period = periodOf('quarter', day);
  const opts = { unit, today: period.to };
  for (let i = 0; i < warmup; i++) await aggregatePeriod(db, period, targets, opts);
  const out: AggregateTimes = { aggregate: [], load: [], compute: [], stored: await db.observations.count(), inQuarter: 0, metrics: 0 };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const metrics = await aggregatePeriod(db, period, targets, opts);
    out.aggregate.push(performance.now() - t0);
    out.metrics = metrics.length;
  }
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const loaded = await loadPeriodObservations(db, period);
    const t1 = performance.now();
    computeMetrics(loaded, period, targets, opts);
    out.compute.push(performance.now() - t1);
    out.load.push(t1 - t0);
    out.inQuarter = loaded.length;
  }
  return out;
}

/** Plans and their tasks, and the user's unit in the settings record, kept as the rest of it is. */
export async function seedTasks(plans: PlanRecord[], tasks: TaskRecord[], unit: string): Promise<number> {
  const db = dbOf();
  await db.transaction('rw', db.plans, db.tasks, db.settings, async () => {
    await db.plans.bulkPut(plans);
    await db.tasks.bulkPut(tasks);
    const row = await db.settings.get('settings');
    const value = (row?.value ?? {}) as { profile?: Record<string, unknown> };
    await db.settings.put({ key: 'settings', value: { ...value, profile: { ...value.profile, unit } } });
  });
  return db.tasks.count();
}
