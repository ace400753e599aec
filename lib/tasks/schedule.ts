import type { Deadline } from '../schema/plan';
import type { TaskRecord } from '../schema/records';
import { addDays, daysBetween, isoToUtc, vietnamDate } from '../time/dates';
import { periodOf } from '../time/periods';

export type TaskGroup = 'overdue' | 'this_week' | 'this_month' | 'later' | 'recurring' | 'undated' | 'done';
export const GROUP_ORDER: readonly TaskGroup[] = ['overdue', 'this_week', 'this_month', 'later', 'recurring', 'undated', 'done'];

const CYCLE_PERIOD = { month: 'month', quarter: 'quarter', half_year: 'half', year: 'year' } as const;

/**
 * The next date a task is due on, seen from today. A dated deadline is due at
 * the end of what it names (a month, a quarter: its last day). A periodic
 * report is due at the end of the current cycle, or on its fixed day
 * ("trước ngày 05 của tháng liền kề"), so it comes back each cycle. Ongoing
 * work ("thường xuyên"), on-request deadlines, deadlines set by another
 * document and relative ones whose event has no date yet have none.
 */
export function dueDate(deadline: Deadline | null, today: string): string | null {
  if (!deadline) return null;
  if (deadline.kind === 'recurring') {
    const every = deadline.every;
    if (deadline.dueDay && (every === 'month' || every === 'year')) return fixedDayOnOrAfter(deadline, today);
    if (every === 'week') return addDays(today, 6 - weekday(today));
    if (every === 'day') return today;
    if (!every || every === 'continuous') return null;
    return periodOf(CYCLE_PERIOD[every], today).to;
  }
  return deadline.to ?? deadline.from ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The fixed day of a month or year (clamped to the month's length: "ngày 31" in February is its last day). */
function fixedDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;
}

/** [year, month] moved by `by` months. */
function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The first occurrence of a fixed-day recurrence on or after `date`. */
function fixedDayOnOrAfter(deadline: Deadline, date: string): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const day = deadline.dueDay!;
  if (deadline.every === 'year') {
    const month = deadline.dueMonth ?? 12;
    const thisYear = fixedDay(y, month, day);
    return thisYear >= date ? thisYear : fixedDay(y + 1, month, day);
  }
  const thisMonth = fixedDay(y, m, day);
  if (thisMonth >= date) return thisMonth;
  const [ny, nm] = shiftMonth(y, m, 1);
  return fixedDay(ny, nm, day);
}

/** The day after the previous occurrence of a fixed-day recurrence: where its current cycle starts. */
function fixedDayCycleStart(deadline: Deadline, today: string): string {
  const next = fixedDayOnOrAfter(deadline, today);
  const [y, m] = [Number(next.slice(0, 4)), Number(next.slice(5, 7))];
  const [py, pm] = deadline.every === 'year' ? [y - 1, m] : shiftMonth(y, m, -1);
  return addDays(fixedDay(py, pm, deadline.dueDay!), 1);
}

/** 0 = Monday … 6 = Sunday. */
function weekday(iso: string): number {
  return (new Date(isoToUtc(iso)).getUTCDay() + 6) % 7;
}

/** The first day of the cycle a periodic task is in today; null for tasks without a cycle. */
function cycleStart(deadline: Deadline | null, today: string): string | null {
  if (deadline?.kind !== 'recurring' || !deadline.every || deadline.every === 'continuous') return null;
  if (deadline.dueDay && (deadline.every === 'month' || deadline.every === 'year')) return fixedDayCycleStart(deadline, today);
  if (deadline.every === 'day') return today;
  if (deadline.every === 'week') return addDays(today, -weekday(today));
  return periodOf(CYCLE_PERIOD[deadline.every], today).from;
}

/**
 * Done for now: a one-off task once marked done; a periodic report only for
 * the cycle it was done in, so next month's (or quarter's) report is due again.
 */
export function isDone(task: TaskRecord, today: string): boolean {
  if (task.status !== 'done') return false;
  const start = cycleStart(task.deadline, today);
  return start === null || (task.doneAt !== null && vietnamDate(task.doneAt) >= start);
}

export function groupOf(task: TaskRecord, today: string): TaskGroup {
  if (isDone(task, today)) return 'done';
  const due = dueDate(task.deadline, today);
  if (task.deadline?.kind === 'recurring') return due && daysBetween(today, due) <= 7 ? dueGroup(due, today) : 'recurring';
  if (!due) return 'undated';
  return dueGroup(due, today);
}

function dueGroup(due: string, today: string): TaskGroup {
  const days = daysBetween(today, due);
  if (days < 0) return 'overdue';
  if (days <= 6 - weekday(today)) return 'this_week';
  if (due.slice(0, 7) === today.slice(0, 7)) return 'this_month';
  return 'later';
}

/** Tasks to show now: snoozed ones wait until their day, "not mine" ones are gone from the list. */
export function isVisible(task: TaskRecord, today: string): boolean {
  if (task.status === 'not_mine') return false;
  return !(task.status === 'snoozed' && task.snoozedUntil && task.snoozedUntil > today);
}

export function groupTasks(tasks: readonly TaskRecord[], today: string): Map<TaskGroup, TaskRecord[]> {
  const groups = new Map<TaskGroup, TaskRecord[]>(GROUP_ORDER.map((g) => [g, []]));
  for (const task of tasks) if (isVisible(task, today)) groups.get(groupOf(task, today))!.push(task);
  for (const list of groups.values()) {
    list.sort((a, b) => (dueDate(a.deadline, today) ?? '9999').localeCompare(dueDate(b.deadline, today) ?? '9999'));
  }
  return groups;
}

/** Overdue and due today, the popup's short list. */
export function dueNow(tasks: readonly TaskRecord[], today: string): TaskRecord[] {
  return tasks.filter((t) => {
    if (isDone(t, today) || !isVisible(t, today)) return false;
    const due = dueDate(t.deadline, today);
    return due !== null && due <= today;
  });
}
