import { vietnamDate } from '../time/dates';
import { unitKey } from '../plan/units';
import type { TaskRecord } from '../schema/records';
import { dueDate, isDone } from './schedule';

/**
 * Where a task stands for the unit's reports: not started, in progress (the
 * person said so, or wrote a note or evidence), done, or not the unit's at all
 * (left out of every figure of the unit).
 */
export type TaskState = 'not_started' | 'in_progress' | 'done' | 'not_ours';

export function taskState(task: TaskRecord, today: string): TaskState {
  if (task.status === 'not_mine') return 'not_ours';
  if (isDone(task, today)) return 'done';
  if (task.status === 'in_progress' || task.note.trim() !== '' || task.evidence.trim() !== '') return 'in_progress';
  return 'not_started';
}

/** The day a done task was marked done, in Việt Nam; null when it is not done for now. */
export function doneOn(task: TaskRecord, today: string): string | null {
  return isDone(task, today) && task.doneAt !== null ? vietnamDate(task.doneAt) : null;
}

/**
 * The tasks a unit's completion rate counts: those it leads or joins; with no
 * unit chosen, every task of the plans. The side panel, the workbook and the
 * unit report all take them from here.
 */
export function tasksOfUnit(tasks: readonly TaskRecord[], unit: string | null): TaskRecord[] {
  if (!unit) return [...tasks];
  const key = unitKey(unit);
  return tasks.filter((t) => t.unitKeys.includes(key));
}

/**
 * Whether a task counts as completed on time: once its due date has come or it
 * is done; tasks without a due date or not the unit's are not counted.
 */
export function completedOnTime(task: TaskRecord, today: string): 'hit' | 'miss' | 'unknown' | null {
  const due = dueDate(task.deadline, today);
  const state = taskState(task, today);
  if (state === 'not_ours' || due === null) return null;
  if (state === 'done') return task.doneAt === null ? 'unknown' : vietnamDate(task.doneAt) <= due ? 'hit' : 'miss';
  return due < today ? 'miss' : null;
}
