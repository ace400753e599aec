import type { Area, Comparator, Target } from '../schema/plan';
import type { Observation, TaskRecord } from '../schema/records';
import { fold } from '../text/fold';
import { indicatorInfo } from './catalogue';
import { todayInVietnam } from './dates';
import {
  Tally,
  dossierRules,
  feedbackRules,
  isReceived,
  procedureRules,
  taskDueDate,
  taskRules,
  type CountContext,
  type MeasuredIndicator,
  type Ratio,
} from './formulas';
import { inPeriod, type Period } from './periods';

export interface TargetRef {
  comparator: Comparator;
  /** In percent, as the plan writes it. */
  value: number;
  text: string;
}

export type MetricStatus = 'met' | 'not_met' | 'no_data' | 'no_target';

export interface Metric extends Ratio {
  name: string;
  area: Area;
  target: TargetRef | null;
  /** Percentage points beyond the target (negative: short of it); null without data or target. */
  gap: number | null;
  status: MetricStatus;
}

export interface MetricOptions {
  /** Count only what was seen for this unit; without it, everything the user saw. */
  unit?: string | null;
  /** ISO date in Asia/Ho_Chi_Minh; defaults to the real today. */
  today?: string;
  /** Plan tasks, for the task-completion indicator. */
  tasks?: readonly TaskRecord[];
}

const dossierEntries = Object.entries(dossierRules) as [MeasuredIndicator, (typeof dossierRules)[keyof typeof dossierRules]][];
const feedbackRule = feedbackRules['procedure.feedback_on_time_rate'];
const procedureRule = procedureRules['procedure.full_online_procedure_rate'];
const taskRule = taskRules['direction.plan_task_completion_rate'];

/** Shown in the order of indicators.json, which follows the plans. */
export const MEASURED_INDICATORS: readonly MeasuredIndicator[] = [
  ...(Object.keys(dossierRules) as MeasuredIndicator[]),
  'procedure.feedback_on_time_rate',
  'procedure.full_online_procedure_rate',
  'direction.plan_task_completion_rate',
];

/** Rounded to micro-points so that 4/5 against 80% is met, not short by 1e-14. */
const percent = (rate: number): number => Math.round(rate * 1e8) / 1e6;

export function targetFor(indicator: string, targets: readonly Target[]): TargetRef | null {
  const target = targets.find((t) => t.indicator === indicator && t.unit.includes('%'));
  return target ? { comparator: target.comparator, value: target.value, text: target.text } : null;
}

export function judge(rate: number | null, target: TargetRef | null): Pick<Metric, 'gap' | 'status'> {
  if (rate === null) return { gap: null, status: 'no_data' };
  if (target === null) return { gap: null, status: 'no_target' };
  const above = target.comparator === 'gte' || target.comparator === 'gt';
  const gap = Math.round((above ? percent(rate) - target.value : target.value - percent(rate)) * 1e6) / 1e6;
  const strict = target.comparator === 'gt' || target.comparator === 'lt';
  return { gap, status: (strict ? gap > 0 : gap >= 0) ? 'met' : 'not_met' };
}

export function toMetric(ratio: Ratio, targets: readonly Target[]): Metric {
  const info = indicatorInfo(ratio.indicator);
  const target = targetFor(ratio.indicator, targets);
  return { ...ratio, name: info.vi, area: info.area, target, ...judge(ratio.rate, target) };
}

/**
 * Every measurable indicator over a period, in one pass over the observations
 * so that a year of a busy one-stop desk (100,000 rows) stays interactive.
 * Dossiers and feedback count on their observation date (the day received);
 * procedures are a catalogue, counted whatever their date.
 */
export function computeMetrics(
  observations: readonly Observation[],
  period: Period,
  targets: readonly Target[],
  opts: MetricOptions = {},
): Metric[] {
  const ctx: CountContext = { today: opts.today ?? todayInVietnam() };
  const tallies = new Map(MEASURED_INDICATORS.map((key) => [key, new Tally(key)]));
  const dossierTallies = dossierEntries.map(([key, rule]) => [tallies.get(key)!, rule] as const);
  const feedbackTally = tallies.get('procedure.feedback_on_time_rate')!;
  const procedureTally = tallies.get('procedure.full_online_procedure_rate')!;
  const taskTally = tallies.get('direction.plan_task_completion_rate')!;
  const ofUnit = unitMatcher(opts.unit ?? null);

  for (const obs of observations) {
    if (obs.type === 'procedure') {
      if (obs.unit === null || ofUnit(obs.unit)) procedureTally.add(procedureRule(obs.data));
      continue;
    }
    if (obs.date === null || !inPeriod(obs.date, period) || !ofUnit(obs.unit)) continue;
    if (obs.type === 'dossier') {
      if (!isReceived(obs.data)) continue;
      for (const [t, rule] of dossierTallies) t.add(rule(obs.data, ctx));
    } else if (obs.type === 'feedback') {
      feedbackTally.add(feedbackRule(obs.data, ctx));
    }
  }
  for (const task of opts.tasks ?? []) {
    const due = taskDueDate(task);
    if (due !== null && inPeriod(due, period)) taskTally.add(taskRule(task, ctx));
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
