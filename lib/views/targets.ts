import { computeMetrics, type Metric, type MetricOptions } from '../metrics/compute';
import { addDays } from '../time/dates';
import { unitFigures } from '../metrics/figures';
import type { Index766Comparison } from '../metrics/index766';
import { loadPeriodObservations } from '../db/observations';
import { customPeriod, periodOf, type Period } from '../time/periods';
import { hasDataIn, type DataSpan } from '../metrics/dataSpan';
import { datedSpan } from '../db/digests';
import { whatItTakes } from '../metrics/whatItTakes';
import { db, type CchcDb } from '../db/db';
import type { TargetInForce } from '../indicators/targets';
import type { MessageKey, Phrase } from '../i18n';

export const TREND_MONTHS = 6;

export interface TargetRow {
  metric: Metric;
  /** What it takes to reach the target, worded where it is shown. */
  sentence: Phrase<MessageKey> | null;
  /** Monthly rates, oldest first, ending with the current month; null for a month without data. */
  trend: (number | null)[];
}

export interface TargetsView {
  period: Period;
  rows: TargetRow[];
  index766: Index766Comparison;
  /** No dossier or feedback item of the period was recorded: the tab says so, and where data exists. */
  empty: boolean;
  span: DataSpan | null;
}

/** The last TREND_MONTHS months up to today's, oldest first. */
export function trendMonths(today: string): Period[] {
  const months: Period[] = [];
  let day = today;
  for (let i = 0; i < TREND_MONTHS; i++) {
    const month = periodOf('month', day);
    months.unshift(month);
    day = addDays(month.from, -1);
  }
  return months;
}

/**
 * What the "Chỉ tiêu" tab shows: each measurable target with the rate measured
 * in the chosen period, the gap, what it takes to close it, and a monthly
 * trend; and the local estimate of the 766 index beside the published one,
 * their sentences in the person's language.
 */
export async function loadTargetsView(period: Period, today: string, unit: string | null, province: string | null = null): Promise<TargetsView> {
  const months = trendMonths(today);
  const span = customPeriod(period.from < months[0].from ? period.from : months[0].from, period.to > today ? period.to : today);
  const database = db();
  const [observations, plans, targets, tasks, dataSpan] = await Promise.all([
    loadPeriodObservations(database, span),
    database.plans.where('status').equals('active').toArray(),
    database.targets.toArray(),
    database.tasks.toArray(),
    datedSpan(database),
  ]);
  const figures = unitFigures({ unit, province, plans, targets, tasks, observations }, period, today);
  const { metrics } = figures;
  const monthly = months.map((m) => new Map(computeMetrics(observations, m, figures.targets, { today }).map((x) => [x.indicator, x.rate])));
  const rows = metrics
    .filter((m) => m.target !== null || m.denominator > 0)
    .map((metric) => ({
      metric,
      sentence: whatItTakes(metric, period, today)?.sentence ?? null,
      trend: monthly.map((month) => month.get(metric.indicator) ?? null),
    }));
  return { period, rows, index766: figures.index766, empty: !hasDataIn(observations, period), span: dataSpan };
}

/** Load and count: the call a benchmark times for the 250 ms budget. */
export async function aggregatePeriod(
  database: CchcDb,
  period: Period,
  targets: readonly TargetInForce[],
  opts: MetricOptions = {},
): Promise<Metric[]> {
  return computeMetrics(await loadPeriodObservations(database, period), period, targets, opts);
}
