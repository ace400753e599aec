import type { CchcDb } from '../db/db';
import type { Observation, ObservationType } from '../schema/records';
import type { Target } from '../schema/plan';
import { computeMetrics, type Metric, type MetricOptions } from './compute';
import type { Period } from './periods';

const DATED: ObservationType[] = ['dossier', 'feedback'];

/**
 * The observations metrics need for a period: dossiers and feedback through
 * the [type+date] index (their date is the day received), plus the procedure
 * catalogue and the published index scores, which are few and undated.
 */
export async function loadPeriodObservations(db: CchcDb, period: Period): Promise<Observation[]> {
  const dated = DATED.map((type) =>
    db.observations.where('[type+date]').between([type, period.from], [type, period.to], true, true).toArray(),
  );
  const undated = db.observations.where('type').anyOf('procedure', 'index_score').toArray();
  return (await Promise.all([...dated, undated])).flat();
}

/** Load and count: the call a benchmark times for the 250 ms budget. */
export async function aggregatePeriod(
  db: CchcDb,
  period: Period,
  targets: readonly Target[],
  opts: MetricOptions = {},
): Promise<Metric[]> {
  return computeMetrics(await loadPeriodObservations(db, period), period, targets, opts);
}
