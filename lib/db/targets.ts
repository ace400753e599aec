import { defaultTargets } from '../checks/targets';
import type { TargetInput } from '../checks/types';
import { indicatorInfo } from '../metrics/catalogue';
import type { Target } from '../schema/plan';
import type { CchcDb } from './db';

export const NQ02_TEXT = 'Nghị quyết 02/NQ-CP ngày 08/01/2026 của Chính phủ';

export interface MeasuredTarget extends Target {
  /** The plan number it comes from, or the resolution for the national defaults. */
  ref: string;
}

/**
 * The percentage targets in force: those of the active plans (the stricter
 * one where two plans set the same indicator), with the Government's
 * 02/NQ-CP targets for every indicator they leave out.
 */
export async function targetsInForce(db: CchcDb): Promise<MeasuredTarget[]> {
  const plans = await db.plans.where('status').equals('active').toArray();
  const numbers = new Map(plans.map((p) => [p.id, p.header.number ?? '']));
  const rows = plans.length ? await db.targets.where('planId').anyOf([...numbers.keys()]).toArray() : [];
  const byIndicator = new Map<string, MeasuredTarget>();
  for (const row of rows) {
    if (!row.indicator || row.unit !== '%') continue;
    const candidate: MeasuredTarget = { ...row, ref: numbers.get(row.planId) ?? '' };
    const current = byIndicator.get(row.indicator);
    if (!current || stricter(candidate, current)) byIndicator.set(row.indicator, candidate);
  }
  for (const d of defaultTargets()) {
    if (byIndicator.has(d.indicator)) continue;
    byIndicator.set(d.indicator, {
      indicator: d.indicator,
      area: indicatorInfo(d.indicator).area,
      comparator: d.comparator,
      value: d.value,
      unit: '%',
      text: NQ02_TEXT,
      ref: '02/NQ-CP',
    });
  }
  return [...byIndicator.values()];
}

/** The same targets in the shape the page checks take. */
export async function checkTargets(db: CchcDb): Promise<TargetInput[]> {
  return (await targetsInForce(db)).map((t) => ({ indicator: t.indicator!, comparator: t.comparator, value: t.value, ref: t.ref }));
}

function stricter(a: Target, b: Target): boolean {
  const upward = a.comparator === 'gte' || a.comparator === 'gt';
  return upward ? a.value > b.value : a.value < b.value;
}
