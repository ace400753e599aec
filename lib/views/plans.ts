import { db } from '../db/db';
import { deletePlan, sameNumber, savePlan, type SaveChoice, type SavedPlan } from '../db/plans';
import { fold } from '../text/fold';
import type { ParsedPlan, PlanHeader } from '../schema/plan';
import type { PlanRecord } from '../schema/records';

/** How a plan is named to the person: its number, else its title, else its issuer and period. */
export function planName(header: PlanHeader): string {
  return header.number ?? header.title ?? ([header.issuer, header.period].filter(Boolean).join(', ') || '—');
}

/** Share of task wordings two plans have in common (over the larger of the two). */
function taskOverlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const left = new Set(a.map(fold));
  const common = new Set(b.map(fold).filter((x) => left.has(x))).size;
  return common / Math.max(left.size, new Set(b.map(fold)).size);
}

/**
 * The saved plans in force that are this one: the same number, or, for a plan without a
 * number, the same text (nine tenths of its tasks worded alike, as the same
 * document read from its text and from its PDF is).
 */
export async function findSavedPlans(draft: ParsedPlan): Promise<PlanRecord[]> {
  const database = db();
  const active = await database.plans.where('status').equals('active').toArray();
  const number = draft.plan.number;
  if (number) return active.filter((p) => sameNumber(p.header.number, number));
  const titles = draft.tasks.map((t) => t.title);
  const same: PlanRecord[] = [];
  for (const plan of active.filter((p) => !p.header.number)) {
    const saved = (await database.tasks.where('planId').equals(plan.id).toArray()).map((t) => t.title);
    if (taskOverlap(titles, saved) >= 0.9) same.push(plan);
  }
  return same;
}

/** The saved plans, newest first, with their number of tasks counted from the index (not by loading every task). */
export async function loadPlans(): Promise<{ plan: PlanRecord; tasks: number }[]> {
  const database = db();
  const plans = await database.plans.orderBy('importedAt').reverse().toArray();
  const counts = await Promise.all(plans.map((p) => database.tasks.where('planId').equals(p.id).count()));
  return plans.map((plan, i) => ({ plan, tasks: counts[i] }));
}

/** Saves a plan the person checked; `choice` says what to do with a saved plan that is the same one. */
export const saveReviewedPlan = (draft: ParsedPlan, sourceName: string, choice?: SaveChoice): Promise<SavedPlan> => savePlan(db(), draft, sourceName, Date.now(), choice);

/** Deletes a plan with its targets and tasks. */
export const removePlan = (id: string): Promise<void> => deletePlan(db(), id);
