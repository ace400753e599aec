import type { CchcDb } from '../db/db';
import type { Observation } from '../schema/records';
import { datedObservations } from '../db/digests';
import type { TargetInForce } from '../indicators/targets';
import { computeMetrics, type Metric, type MetricOptions } from './compute';
import type { Period } from './periods';

/**
 * The observations metrics need for a period: dossiers and feedback from the
 * day digests of the period (their date is the day received), plus the
 * procedure catalogue and the published index scores, which are few and undated.
 */
export async function loadPeriodObservations(db: CchcDb, period: Period): Promise<Observation[]> {
  const [dated, undated] = await Promise.all([
    datedObservations(db, period.from, period.to),
    db.observations.where('type').anyOf('procedure', 'index_score').toArray(),
  ]);
  return [...dated, ...undated];
}

/** Load and count: the call a benchmark times for the 250 ms budget. */
export async function aggregatePeriod(
  db: CchcDb,
  period: Period,
  targets: readonly TargetInForce[],
  opts: MetricOptions = {},
): Promise<Metric[]> {
  return computeMetrics(await loadPeriodObservations(db, period), period, targets, opts);
}
