import { db } from '../db/db';
import { editTask, myTasks, type TaskEdit } from '../db/myTasks';
export type { TaskEdit } from '../db/myTasks';
import { addDays, isoToUtc } from '../time/dates';
import type { PlanRecord, TaskRecord } from '../schema/records';
import { groupTasks, isVisible, type TaskGroup } from '../tasks/schedule';

/** "Việc của tôi": the unit's tasks by when they are due, and those set aside, which can be brought back. */
export interface MyTasksData {
  hasPlans: boolean;
  plans: Map<string, PlanRecord>;
  groups: Map<TaskGroup, TaskRecord[]>;
  /** Put off for a few days, or "không phải việc của tôi": listed apart, each with an undo. */
  setAside: TaskRecord[];
  total: number;
}

export async function loadMyTasks(unit: string | null, today: string): Promise<MyTasksData> {
  const { tasks, plans, hasPlans } = await myTasks(db(), unit);
  return {
    hasPlans,
    plans,
    groups: groupTasks(tasks, today),
    setAside: tasks.filter((t) => !isVisible(t, today)),
    total: tasks.length,
  };
}

/** Done on a given day, with an optional note and a link to the evidence. */
export const finishTask = (id: string, done: { on: string; note: string; evidence: string }) =>
  db().tasks.update(id, { status: 'done', doneAt: isoToUtc(done.on), note: done.note.trim(), evidence: done.evidence.trim() });

export const reopenTask = (id: string) => db().tasks.update(id, { status: 'open', doneAt: null });

export const snoozeTask = (id: string, today: string, days = 3) =>
  db().tasks.update(id, { status: 'snoozed', snoozedUntil: addDays(today, days) });

export const setNotMine = (id: string) => db().tasks.update(id, { status: 'not_mine' });

/** Back in the list: the undo of a snooze or of "không phải việc của tôi". */
export const restoreTask = (id: string) => db().tasks.update(id, { status: 'open', snoozedUntil: null });

/** "Đang thực hiện": the person said they are on it. */
export const startTask = (id: string) => db().tasks.update(id, { status: 'in_progress' });

/** The person's corrections to a task as the plan was read (its wording, units, deadline). */
export const correctTask = (id: string, edit: TaskEdit) => editTask(db(), id, edit);
