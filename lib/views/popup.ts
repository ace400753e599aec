import { db } from '../db/db';
import { pageShortfalls, type Shortfalls } from '../checks/shortfalls';
import { addRoutine } from '../db/checklist';
import { myTasks } from '../db/myTasks';
import type { ChecklistItem, TaskRecord } from '../schema/records';
import { dueNow } from '../tasks/schedule';

/** The popup: what is due, the daily routines, and whether the page open falls short. */
export interface PopupData {
  /** No plan saved yet: "nothing overdue" would be a false comfort. */
  hasPlans: boolean;
  /** No unit chosen: the tasks cannot be told apart. */
  hasUnit: boolean;
  due: TaskRecord[];
  routines: ChecklistItem[];
  /** What falls short on the open page (see checks/shortfalls); null when the page is not one the extension reads. */
  pageMisses: Shortfalls | null;
}

export async function loadPopup(unit: string | null, tabId: number | null, today: string): Promise<PopupData> {
  const database = db();
  const [tasks, routines, page, dismissals] = await Promise.all([
    myTasks(database, unit),
    database.checklist.orderBy('order').toArray(),
    tabId === null ? undefined : database.pages.get(tabId),
    database.dismissals.toArray(),
  ]);
  return {
    hasPlans: tasks.hasPlans,
    hasUnit: !!unit,
    due: dueNow(tasks.tasks, today),
    routines,
    pageMisses: page ? pageShortfalls(page.findings, new Set(dismissals.map((d) => d.id))) : null,
  };
}

export const markTaskDone = (id: string, now = Date.now()) => db().tasks.update(id, { status: 'done', doneAt: now });

export const setRoutineDone = (item: ChecklistItem, done: boolean, today: string) =>
  db().checklist.update(item.id, { doneOn: done ? today : null });

export const removeRoutine = (id: string) => db().checklist.delete(id);

export const addDailyRoutine = (label: string) => addRoutine(db(), label);
