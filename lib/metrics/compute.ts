import { INDICATORS, type MeasuredIndicator } from '../indicators';
import { Tally, type Ratio } from '../indicators/tally';
import { judge, targetFor, type TargetInForce, type TargetStatus } from '../indicators/targets';
import type { CountContext, Indicator, Population, Populations } from '../indicators/types';
import type { Area } from '../schema/plan';
import type { Observation, TaskRecord } from '../schema/records';
import { dueDate } from '../tasks/schedule';
import { fold } from '../text/fold';
import { todayInVietnam } from '../time/dates';
import { inPeriod, type Period } from '../time/periods';

export type MetricStatus = TargetStatus;

export interface Metric extends Ratio {
  name: string;
  area: Area;
  target: TargetInForce | null;
  /** Percentage points beyond the target (negative: short of it); null without data or target. */
  gap: number | null;
  status: MetricStatus;
}

export interface MetricOptions {
  /** Count only what was seen for this unit; without it, everything the user saw. */
  unit?: string | null;
  /** ISO date in Asia/Ho_Chi_Minh; defaults to the real today. */
  today?: string;
  /** Plan tasks, for the task-completion indicator (see tasks/completion: tasksOfUnit). */
  tasks?: readonly TaskRecord[];
}

/** Shown in the order of the indicator list, which follows the plans. */
export const MEASURED_INDICATORS: readonly MeasuredIndicator[] = INDICATORS.map((i) => i.key);

export function toMetric(ratio: Ratio, targets: readonly TargetInForce[]): Metric {
  const indicator = INDICATORS.find((i) => i.key === ratio.indicator)!;
  const target = targetFor(targets, ratio.indicator);
  return { ...ratio, name: indicator.name.vi, area: indicator.area, target, ...judge(ratio.rate, target) };
}

type Counter<P extends Population> = [Tally, Indicator<MeasuredIndicator, P>['verdict']];
const countersOf = <P extends Population>(population: P, tallies: Map<string, Tally>): Counter<P>[] =>
  (INDICATORS.filter((i) => i.population === population) as unknown as Indicator<MeasuredIndicator, P>[]).map((i) => [tallies.get(i.key)!, i.verdict]);

function count<P extends Population>(counters: Counter<P>[], item: Populations[P], ctx: CountContext): void {
  for (const [tally, verdict] of counters) tally.add(verdict(item, ctx));
}

/**
 * Every measurable indicator over a period, in one pass over the observations
 * so that a year of a busy one-stop desk (100,000 rows) stays interactive.
 * Each item is counted by its indicator module's verdict, the same the page
 * checks use. Dossiers and feedback count on their observation date (the day
 * received); procedures are a catalogue, counted whatever their date; tasks
 * count when their due date falls in the period.
 */
export function computeMetrics(
  observations: readonly Observation[],
  period: Period,
  targets: readonly TargetInForce[],
  opts: MetricOptions = {},
): Metric[] {
  const ctx: CountContext = { today: opts.today ?? todayInVietnam() };
  const tallies = new Map<string, Tally>(MEASURED_INDICATORS.map((key) => [key, new Tally(key)]));
  const dossiers = countersOf('dossier', tallies);
  const feedback = countersOf('feedback', tallies);
  const procedures = countersOf('procedure', tallies);
  const tasks = countersOf('task', tallies);
  const ofUnit = unitMatcher(opts.unit ?? null);

  for (const obs of observations) {
    if (obs.type === 'procedure') {
      if (obs.unit === null || ofUnit(obs.unit)) count(procedures, obs.data, ctx);
      continue;
    }
    if (obs.date === null || !inPeriod(obs.date, period) || !ofUnit(obs.unit)) continue;
    if (obs.type === 'dossier') count(dossiers, obs.data, ctx);
    else if (obs.type === 'feedback') count(feedback, obs.data, ctx);
  }
  for (const task of opts.tasks ?? []) {
    const due = dueDate(task.deadline, ctx.today);
    if (due !== null && inPeriod(due, period)) count(tasks, task, ctx);
  }
  return MEASURED_INDICATORS.map((key) => toMetric(tallies.get(key)!.ratio(), targets));
}

/** Unit names are typed by hand on portals: compare them folded, and fold each name once. */
function unitMatcher(unit: string | null): (candidate: string | null) => boolean {
  if (unit === null) return () => true;
  const wanted = fold(unit);
  const seen = new Map<string, boolean>();
  return (candidate) => {
    if (candidate === null) return false;
    let match = seen.get(candidate);
    if (match === undefined) {
      match = fold(candidate) === wanted;
      seen.set(candidate, match);
    }
    return match;
  };
}
