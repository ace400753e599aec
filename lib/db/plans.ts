import { ParsedPlan } from '../schema/plan';
import { DataProblemError } from '../i18n/dataProblems';
import { invalidPhrase } from '../schema/issues';
import type { PlanRecord, TaskRecord } from '../schema/records';
import { taskUnits, unitKey } from '../plan/units';
import { fold } from '../text/fold';
import type { CchcDb } from './db';

export class PlanSaveError extends DataProblemError {}

export interface SavedPlan {
  planId: string;
  replaced: string[];
}

export const sameNumber = (a: string | null, b: string) => a !== null && fold(a).replace(/\s/g, '') === fold(b).replace(/\s/g, '');

/**
 * Stores a reviewed plan with its targets and tasks in one transaction. The
 * plans it replaces ("thay thế Kế hoạch số …") and an earlier import of the
 * same number become "replaced"; a task the user already worked on in that
 * earlier import keeps its status, note and evidence.
 */
/**
 * How the plan meets the plans saved before: by default it replaces the plans
 * it names and an earlier copy of its own number; `replace` names more to
 * replace (a copy without a number), `keepBoth` keeps an earlier copy of its number.
 */
export interface SaveChoice {
  replace?: readonly string[];
  keepBoth?: boolean;
}

export async function savePlan(db: CchcDb, input: unknown, sourceName: string, now = Date.now(), choice: SaveChoice = {}): Promise<SavedPlan> {
  const parsed = ParsedPlan.safeParse(input);
  if (!parsed.success) {
    throw new PlanSaveError(invalidPhrase(ParsedPlan, input));
  }
  const plan = parsed.data;
  const planId = crypto.randomUUID();
  return db.transaction('rw', db.plans, db.targets, db.tasks, async () => {
    const active = await db.plans.where('status').equals('active').toArray();
    const superseded = active.filter(
      (p) =>
        plan.plan.replaces.some((n) => sameNumber(p.header.number, n)) ||
        (!choice.keepBoth && plan.plan.number && sameNumber(p.header.number, plan.plan.number)) ||
        choice.replace?.includes(p.id),
    );
    const earlierTasks = superseded.length ? await db.tasks.where('planId').anyOf(superseded.map((p) => p.id)).toArray() : [];
    const worked = new Map(earlierTasks.filter((t) => t.status !== 'open').map((t) => [fold(t.title), t]));

    const record: PlanRecord = { id: planId, header: plan.plan, status: 'active', replacedBy: null, importedAt: now, sourceName };
    await db.plans.add(record);
    await db.targets.bulkAdd(plan.targets.map((t) => ({ ...t, id: crypto.randomUUID(), planId })));
    await db.tasks.bulkAdd(
      plan.tasks.map((t): TaskRecord => {
        const before = worked.get(fold(t.title));
        return {
          ...t,
          id: crypto.randomUUID(),
          planId,
          unitKeys: [...new Set(taskUnits(t).map(unitKey))],
          status: before?.status ?? 'open',
          doneAt: before?.doneAt ?? null,
          note: before?.note ?? '',
          evidence: before?.evidence ?? '',
          snoozedUntil: before?.snoozedUntil ?? null,
        };
      }),
    );
    for (const old of superseded) await db.plans.update(old.id, { status: 'replaced', replacedBy: planId });
    return { planId, replaced: superseded.map((p) => p.id) };
  });
}

/** Deletes a plan with its targets and tasks. */
export async function deletePlan(db: CchcDb, planId: string): Promise<void> {
  await db.transaction('rw', db.plans, db.targets, db.tasks, async () => {
    await db.targets.where('planId').equals(planId).delete();
    await db.tasks.where('planId').equals(planId).delete();
    await db.plans.delete(planId);
  });
}
