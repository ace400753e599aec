import { parsePlan } from '../../lib/plan/parse';
import { planText } from '../../tests/fixtures/plans';
import { figure, log, summary, type Figure } from './figure';
import { BENCH_UNIT, OBSERVATIONS, SEED_YEAR, callStore, storeWorld } from './storeWorld';

// Each run reads a quarter of the seeded year out of IndexedDB: seconds on a busy machine.
const RUNS = 8;
const WARMUP = 1;
/** A day in the second quarter: the quarter holds a quarter of the seeded year. */
const QUARTER_DAY = `${SEED_YEAR}-05-15`;

/**
 * aggregatePeriod (the day digests' read plus the count) for one
 * quarter, over the 100,000 dossier observations of the store world, in an
 * extension page against the extension's real IndexedDB; then the in-memory
 * count alone on the same loaded records.
 */
export async function aggregateQuarter100k(): Promise<{ aggregateQuarter100kMs: Figure; computeQuarter100kMs: Figure }> {
  const { probe } = await storeWorld();
  const plan = parsePlan(planText('thuy-hung-2026.txt'));
  log(`aggregate: ${WARMUP} warm-up + ${RUNS} runs for the quarter of ${QUARTER_DAY}`);
  const t = await callStore(probe, 'timeAggregate', QUARTER_DAY, plan.targets, BENCH_UNIT, RUNS, WARMUP);
  const detail = { stored: t.stored, inQuarter: t.inQuarter, metrics: t.metrics, targets: plan.targets.length, unit: BENCH_UNIT };
  if (t.stored < OBSERVATIONS) throw new Error(`only ${t.stored} observations stored`);
  return {
    aggregateQuarter100kMs: figure(t.aggregate, {
      unit: 'ms',
      budget: 250,
      how: `performance.now() around aggregatePeriod(db, quarter, targets, {unit}) in an extension page (Dexie over Chromium's IndexedDB), ${RUNS} runs after ${WARMUP} warm-ups; ${t.stored} dossier observations stored, received evenly over ${SEED_YEAR}`,
      detail: { ...detail, loadPeriodObservationsMs: summary(t.load) },
    }),
    computeQuarter100kMs: figure(t.compute, {
      unit: 'ms',
      budget: 250,
      how: `performance.now() around computeMetrics on the quarter's records already loaded by loadPeriodObservations, same page, ${RUNS} runs`,
      detail,
    }),
  };
}
