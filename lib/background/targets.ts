import { effectiveTargets } from '../checks/targets';
import type { TargetInput } from '../checks/types';
import type { CchcDb } from '../db/db';

/**
 * The targets the content scripts check against: the percentage targets of
 * the active plans, with the Government's 02/NQ-CP targets for every
 * indicator they leave out. When two active plans set the same indicator,
 * the stricter value holds.
 */
export async function activeTargets(db: CchcDb): Promise<TargetInput[]> {
  const plans = await db.plans.where('status').equals('active').toArray();
  const numbers = new Map(plans.map((p) => [p.id, p.header.number ?? undefined]));
  const rows = plans.length ? await db.targets.where('planId').anyOf([...numbers.keys()]).toArray() : [];
  const byIndicator = new Map<string, TargetInput>();
  for (const t of rows) {
    if (!t.indicator || t.unit !== '%') continue;
    const candidate: TargetInput = { indicator: t.indicator, comparator: t.comparator, value: t.value, ref: numbers.get(t.planId) };
    const current = byIndicator.get(t.indicator);
    if (!current || stricter(candidate, current)) byIndicator.set(t.indicator, candidate);
  }
  return effectiveTargets([...byIndicator.values()]);
}

function stricter(a: TargetInput, b: TargetInput): boolean {
  const upward = a.comparator === 'gte' || a.comparator === 'gt';
  return upward ? a.value > b.value : a.value < b.value;
}
