import type { ExportFile } from '../export/exportJson';
import { taskReport, type TaskReportGroup } from '../export/taskReport';
import type { Metric } from '../metrics/compute';
import { vietnamDate } from '../time/dates';
import { unitFigures } from '../metrics/figures';
import type { Index766Comparison } from '../metrics/index766';
import { dataSpan, hasDataIn, type DataSpan } from '../metrics/dataSpan';
import { whatItTakes } from '../metrics/whatItTakes';
import type { PlanRecord, TaskRecord } from '../schema/records';
import type { MessageKey, Phrase } from '../i18n';
import { coverageNote, statForms, type StatForm } from './forms';
import type { ReportPeriod } from './period';

export interface TargetLine {
  metric: Metric;
  /** What it takes to reach the target by the end of the period, when it can still be reached. */
  sentence: Phrase<MessageKey> | null;
}

export interface ReportDraft {
  period: ReportPeriod;
  /** Who issues the report: the plan's issuer, or the profile's unit; null leaves the header to the person. */
  issuer: string | null;
  unit: string | null;
  plans: PlanRecord['header'][];
  tasks: TaskReportGroup[];
  targets: TargetLine[];
  index766: Index766Comparison;
  forms: StatForm[];
  coverage: string;
  /** Nothing was seen or tracked for the period: the report says so instead of printing zeros. */
  empty: boolean;
  /** Where data does exist, for an empty period to point to. */
  span: DataSpan | null;
}

/** A task as it stood on `asOf`: one done later was still open then. */
function asOfDate(task: TaskRecord, asOf: string): TaskRecord {
  if (task.status !== 'done' || task.doneAt === null || vietnamDate(task.doneAt) <= asOf) return task;
  return { ...task, status: 'open', doneAt: null };
}

/**
 * What the extension knows for a periodic report, from one person's export or
 * a unit's merged one: the active plans of the report's year, the unit's
 * tasks and the targets in force, and the observations of the period, all
 * from unitFigures, the computation behind the side panel and the workbook.
 */
export function draftReport(file: ExportFile, period: ReportPeriod, today: string): ReportDraft {
  const window = period.period;
  const asOf = today < window.to ? today : window.to;
  // Another year's plan is not this report's (a plan whose year was not read is kept).
  const active = file.plans.filter((p) => p.status === 'active' && (p.header.year === null || p.header.year === period.year));
  const unit = file.profile.unit;
  const tasksThen = file.tasks.map((t) => asOfDate(t, asOf));
  const { tasks, metrics, index766 } = unitFigures(
    { unit, province: file.profile.province, plans: active, targets: file.targets, tasks: tasksThen, observations: file.observations },
    window,
    asOf,
    period.named,
  );
  return {
    period,
    issuer: active.find((p) => p.header.issuer)?.header.issuer ?? unit,
    unit,
    plans: active.map((p) => p.header),
    tasks: taskReport(tasks, asOf),
    targets: metrics.filter((m) => m.target !== null).map((metric) => ({ metric, sentence: whatItTakes(metric, window, asOf)?.sentence ?? null })),
    index766,
    forms: statForms({ period: window, asOf, observations: file.observations, tasks, metrics, level: active[0]?.header.level ?? null, today: asOf }),
    coverage: coverageNote(file.observations, window),
    empty: !hasDataIn(file.observations, window) && tasks.length === 0,
    span: dataSpan(file.observations),
  };
}
