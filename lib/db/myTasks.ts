import { taskUnits, unitKey } from '../plan/units';
import type { Task } from '../schema/plan';
import type { PlanRecord, TaskRecord } from '../schema/records';
import type { CchcDb } from './db';

export interface MyTasks {
  tasks: TaskRecord[];
  plans: Map<string, PlanRecord>;
  hasPlans: boolean;
}

/** The tasks of active plans that the unit leads or joins, matched on the canonical unit key. */
export async function myTasks(db: CchcDb, unit: string | null): Promise<MyTasks> {
  const active = await db.plans.where('status').equals('active').toArray();
  const plans = new Map(active.map((p) => [p.id, p]));
  if (!unit) return { tasks: [], plans, hasPlans: active.length > 0 };
  const tasks = await db.tasks.where('unitKeys').equals(unitKey(unit)).toArray();
  return { tasks: tasks.filter((t) => plans.has(t.planId)), plans, hasPlans: active.length > 0 };
}

/** What the person may correct on a saved task. */
export type TaskEdit = Pick<Task, 'title' | 'area' | 'lead' | 'partners' | 'output' | 'deadline'>;

/**
 * A saved task corrected. A new lead or partner changes whose "Việc của tôi"
 * it is in, so the unit keys follow the units.
 */
export const editTask = (db: CchcDb, id: string, edit: TaskEdit) =>
  db.tasks.update(id, { ...edit, title: edit.title.trim(), unitKeys: [...new Set(taskUnits(edit).map(unitKey))] });
