import type { CchcDb } from '../db/db';
import { myTasks } from '../db/myTasks';
export { editTask, type TaskEdit } from '../db/myTasks';
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

export async function loadMyTasks(db: CchcDb, unit: string | null, today: string): Promise<MyTasksData> {
  const { tasks, plans, hasPlans } = await myTasks(db, unit);
  return {
    hasPlans,
    plans,
    groups: groupTasks(tasks, today),
    setAside: tasks.filter((t) => !isVisible(t, today)),
    total: tasks.length,
  };
}

/** Done on a given day, with an optional note and a link to the evidence. */
export const finishTask = (db: CchcDb, id: string, done: { on: string; note: string; evidence: string }) =>
  db.tasks.update(id, { status: 'done', doneAt: isoToUtc(done.on), note: done.note.trim(), evidence: done.evidence.trim() });

export const reopenTask = (db: CchcDb, id: string) => db.tasks.update(id, { status: 'open', doneAt: null });

export const snoozeTask = (db: CchcDb, id: string, today: string, days = 3) =>
  db.tasks.update(id, { status: 'snoozed', snoozedUntil: addDays(today, days) });

export const setNotMine = (db: CchcDb, id: string) => db.tasks.update(id, { status: 'not_mine' });

/** Back in the list: the undo of a snooze or of "không phải việc của tôi". */
export const restoreTask = (db: CchcDb, id: string) => db.tasks.update(id, { status: 'open', snoozedUntil: null });

/** "Đang thực hiện": the person said they are on it. */
export const startTask = (db: CchcDb, id: string) => db.tasks.update(id, { status: 'in_progress' });
