import { targetsInForce, type TargetInForce } from '../indicators/targets';
import type { Observation, PlanRecord, TargetRecord, TaskRecord } from '../schema/records';
import { tasksOfUnit } from '../tasks/completion';
import { computeMetrics, type Metric } from './compute';
import { compare766, estimate766, findPublished, type Index766Comparison } from './index766';
import type { Period } from '../time/periods';

/** What a unit's figures are computed from: this browser's records, or colleagues' merged exports. */
export interface UnitData {
  unit: string | null;
  /** The unit's province, whose published index stands in when the portal lists no row for the unit. */
  province?: string | null;
  plans: readonly PlanRecord[];
  targets: readonly TargetRecord[];
  tasks: readonly TaskRecord[];
  observations: readonly Observation[];
}

export interface UnitFigures {
  period: Period;
  targets: TargetInForce[];
  /** The unit's tasks of the active plans: the ones its completion rate counts. */
  tasks: TaskRecord[];
  metrics: Metric[];
  index766: Index766Comparison;
}

/** The active plans' targets, each with its plan's number. */
export function activePlanTargets(plans: readonly PlanRecord[], targets: readonly TargetRecord[]) {
  const number = new Map(plans.filter((p) => p.status === 'active').map((p) => [p.id, p.header.number ?? '']));
  return targets.filter((t) => number.has(t.planId)).map((t) => ({ ...t, source: number.get(t.planId)! }));
}

/** The tasks of the active plans that the unit leads or joins. */
export function activeUnitTasks(plans: readonly PlanRecord[], tasks: readonly TaskRecord[], unit: string | null): TaskRecord[] {
  const active = new Set(plans.filter((p) => p.status === 'active').map((p) => p.id));
  return tasksOfUnit(tasks.filter((t) => active.has(t.planId)), unit);
}

/**
 * A unit's figures for a period, the one computation behind the side panel's
 * targets, the workbook and the periodic report: the targets in force, the
 * metrics of every indicator, and the 766 estimate beside what the portal
 * published for `named`, the calendar period a report's cut-off window stands
 * for (the portal publishes quý I for 01/01–31/3, the report counts 15/12–14/3).
 */
export function unitFigures(data: UnitData, period: Period, today: string, named: Period = period): UnitFigures {
  const targets = targetsInForce(activePlanTargets(data.plans, data.targets));
  const tasks = activeUnitTasks(data.plans, data.tasks, data.unit);
  const metrics = computeMetrics(data.observations, period, targets, { today, tasks });
  const published = findPublished(data.observations, { unit: data.unit, province: data.province ?? null }, named);
  return { period, targets, tasks, metrics, index766: compare766(estimate766(metrics, period), published, today) };
}
