import { defaultTargets, type TargetInput } from '../checks';
import type { CchcDb } from '../db/db';

/**
 * The targets the content scripts check against: those of the active plans
 * where a plan names one, the Government's 02/NQ-CP targets otherwise. When
 * two active plans set the same indicator, the stricter value holds.
 */
export async function activeTargets(db: CchcDb): Promise<TargetInput[]> {
  const active = await db.plans.where('status').equals('active').primaryKeys();
  const fromPlans = active.length ? await db.targets.where('planId').anyOf(active).toArray() : [];
  const byIndicator = new Map<string, TargetInput>();
  for (const t of defaultTargets()) byIndicator.set(t.indicator, t);
  const fromPlan = new Set<string>();
  for (const t of fromPlans) {
    if (!t.indicator || t.unit !== '%') continue;
    const current = byIndicator.get(t.indicator);
    const candidate = { indicator: t.indicator, comparator: t.comparator, value: t.value };
    if (!current || !fromPlan.has(t.indicator) || stricter(candidate, current)) byIndicator.set(t.indicator, candidate);
    fromPlan.add(t.indicator);
  }
  return [...byIndicator.values()];
}

function stricter(a: TargetInput, b: TargetInput): boolean {
  const upward = a.comparator === 'gte' || a.comparator === 'gt';
  return upward ? a.value > b.value : a.value < b.value;
}
