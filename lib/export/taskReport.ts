import { translate } from '../i18n';
import { areaName } from '../indicators/catalogue';
import { formatDateVi } from '../time/dates';
import { doneOn as doneOnOf, taskState, type TaskState } from '../tasks/completion';
import { dueDate } from '../tasks/schedule';
import { areaOfTask } from '../plan/areas';
import { areaKeys, type Area } from '../schema/plan';
import type { TaskRecord } from '../schema/records';

export interface TaskReportRow {
  title: string;
  lead: string | null;
  partners: string[];
  output: string | null;
  deadline: string | null;
  status: string;
  state: TaskState;
  /** Not done and past its due date. */
  overdue: boolean;
  /** ISO date the task was marked done, in Việt Nam time. */
  doneOn: string | null;
  evidence: string;
  note: string;
}

export interface TaskReportGroup {
  area: Area | null;
  name: string;
  rows: TaskReportRow[];
  /** Đã / Đang / Chưa thực hiện: how many of the group's tasks stand where. */
  counts: StateCounts;
}

export interface StateCounts {
  done: number;
  in_progress: number;
  not_started: number;
}

export const countStates = (rows: readonly Pick<TaskReportRow, 'state'>[]): StateCounts => ({
  done: rows.filter((r) => r.state === 'done').length,
  in_progress: rows.filter((r) => r.state === 'in_progress').length,
  not_started: rows.filter((r) => r.state === 'not_started').length,
});

const OTHER_AREA = 'Nhiệm vụ khác';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

function statusLabel(task: TaskRecord, doneOn: string | null, today: string): string {
  const due = dueDate(task.deadline, today);
  const state = taskState(task, today);
  const label = translate('vi', `taskState_${state}`);
  if (state === 'done') return due !== null && doneOn !== null && doneOn > due ? `${label} (trễ hạn)` : label;
  return due !== null && due < today ? `${label} (quá hạn)` : label;
}

/**
 * The plan's tasks for the periodic report, grouped by area in the order the
 * plans use (chỉ đạo điều hành first, chính quyền số last): the area of the
 * plan's heading, else the one the task's wording names. Tasks set aside as
 * not the unit's are left out; within an area the given order is kept.
 */
export function taskReport(tasks: readonly TaskRecord[], today: string): TaskReportGroup[] {
  const order: (Area | null)[] = [...areaKeys, null];
  const areas = new Map(tasks.map((t) => [t, t.area ?? areaOfTask(t.title)]));
  return order
    .map((area) => ({
      area,
      name: area === null ? OTHER_AREA : areaName(area),
      rows: tasks
        .filter((t) => areas.get(t) === area && taskState(t, today) !== 'not_ours')
        .map((t) => {
          const doneOn = doneOnOf(t, today);
          const state = taskState(t, today);
          const due = dueDate(t.deadline, today);
          return {
            title: t.title,
            lead: t.lead,
            partners: t.partners,
            output: t.output,
            deadline: t.deadline?.text ?? null,
            status: statusLabel(t, doneOn, today),
            state,
            overdue: state !== 'done' && due !== null && due < today,
            doneOn,
            evidence: t.evidence,
            note: t.note,
          };
        }),
    }))
    .map((group) => ({ ...group, counts: countStates(group.rows) }))
    .filter((group) => group.rows.length > 0);
}

/** Headings numbered I, II, … as in the plans, ready to paste into the report. */
export function taskReportText(groups: readonly TaskReportGroup[]): string {
  return groups
    .map((group, g) => {
      const lines = group.rows.map((r, i) => {
        const details = [
          r.status + (r.doneOn ? ` ngày ${formatDateVi(r.doneOn)}` : ''),
          r.evidence && `minh chứng: ${r.evidence}`,
          r.note && `ghi chú: ${r.note}`,
        ].filter(Boolean);
        return `${i + 1}. ${r.title} — ${details.join('; ')}.`;
      });
      return [`${ROMAN[g] ?? g + 1}. ${group.name.toUpperCase()}`, ...lines].join('\n');
    })
    .join('\n\n');
}
