import { areaName } from '../metrics/catalogue';
import { formatDateVi, vietnamDate } from '../metrics/dates';
import { taskDueDate } from '../metrics/formulas';
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
  /** ISO date the task was marked done, in Việt Nam time. */
  doneOn: string | null;
  evidence: string;
  note: string;
}

export interface TaskReportGroup {
  area: Area | null;
  name: string;
  rows: TaskReportRow[];
}

const OTHER_AREA = 'Nhiệm vụ khác';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Where a task stands on `today`: Đã / Đang / Chưa thực hiện (quá hạn), or set aside for now. */
export type TaskState = 'done' | 'in_progress' | 'overdue' | 'snoozed';

export function taskState(task: TaskRecord, today: string): TaskState {
  if (task.status === 'done') return 'done';
  if (task.status === 'snoozed') return 'snoozed';
  const due = taskDueDate(task);
  return due !== null && due < today ? 'overdue' : 'in_progress';
}

function statusLabel(task: TaskRecord, doneOn: string | null, today: string): string {
  const due = taskDueDate(task);
  switch (taskState(task, today)) {
    case 'done':
      return due !== null && doneOn !== null && doneOn > due ? 'Đã hoàn thành (trễ hạn)' : 'Đã hoàn thành';
    case 'snoozed':
      return 'Tạm hoãn';
    case 'overdue':
      return 'Chưa hoàn thành (quá hạn)';
    case 'in_progress':
      return 'Đang thực hiện';
  }
}

/**
 * The plan's tasks for the periodic report, grouped by area in the order the
 * plans use (chỉ đạo điều hành first, chính quyền số last). Tasks set aside as
 * not the unit's are left out; within an area the given order is kept.
 */
export function taskReport(tasks: readonly TaskRecord[], today: string): TaskReportGroup[] {
  const order: (Area | null)[] = [...areaKeys, null];
  return order
    .map((area) => ({
      area,
      name: area === null ? OTHER_AREA : areaName(area),
      rows: tasks
        .filter((t) => t.area === area && t.status !== 'not_mine')
        .map((t) => {
          const doneOn = t.status === 'done' && t.doneAt !== null ? vietnamDate(t.doneAt) : null;
          return {
            title: t.title,
            lead: t.lead,
            partners: t.partners,
            output: t.output,
            deadline: t.deadline?.text ?? null,
            status: statusLabel(t, doneOn, today),
            state: taskState(t, today),
            doneOn,
            evidence: t.evidence,
            note: t.note,
          };
        }),
    }))
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
