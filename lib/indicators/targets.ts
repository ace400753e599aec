import type { Comparator, Target } from '../schema/plan';
import { INDICATORS } from './index';

/** The one name of the national default, wherever a target says where it comes from. */
export const NATIONAL_DEFAULT = '02/NQ-CP';
export const NATIONAL_DEFAULT_TEXT = 'Nghị quyết 02/NQ-CP ngày 08/01/2026 của Chính phủ';

/** A percentage target in force for one indicator: a plan's, or the national default. */
export interface TargetInForce {
  indicator: string;
  comparator: Comparator;
  /** In percent, as the plan writes it. */
  value: number;
  /** Where it comes from: the plan's number, or NATIONAL_DEFAULT. */
  source: string;
  /** The sentence it was read from. */
  text: string;
}

/** A plan's target with the number of the plan it comes from. */
export type PlanTarget = Target & { source: string };

const upward = (c: Comparator): boolean => c === 'gte' || c === 'gt';

function stricter(a: TargetInForce, b: TargetInForce): boolean {
  return upward(a.comparator) ? a.value > b.value : a.value < b.value;
}

/**
 * The targets in force, the one function every surface asks: the active
 * plans' percentage targets (the stricter one where two plans set the same
 * indicator), and for every indicator they leave out the target Nghị quyết
 * 02/NQ-CP sets: a ward plan that only sets satisfaction is still bound by the
 * national e-result target.
 */
export function targetsInForce(planTargets: readonly PlanTarget[]): TargetInForce[] {
  const byIndicator = new Map<string, TargetInForce>();
  for (const t of planTargets) {
    if (!t.indicator || t.unit !== '%') continue;
    const candidate: TargetInForce = { indicator: t.indicator, comparator: t.comparator, value: t.value, source: t.source, text: t.text };
    const current = byIndicator.get(t.indicator);
    if (!current || stricter(candidate, current)) byIndicator.set(t.indicator, candidate);
  }
  for (const i of INDICATORS) {
    if (i.nationalTarget && !byIndicator.has(i.key)) {
      byIndicator.set(i.key, { indicator: i.key, ...i.nationalTarget, source: NATIONAL_DEFAULT, text: NATIONAL_DEFAULT_TEXT });
    }
  }
  return [...byIndicator.values()];
}

export function targetFor(targets: readonly TargetInForce[], indicator: string): TargetInForce | null {
  return targets.find((t) => t.indicator === indicator) ?? null;
}

const SYMBOL: Record<Comparator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<' };

/** "≥ 80%", the way a plan states it. */
export const describeTarget = (t: Pick<TargetInForce, 'comparator' | 'value'>): string => `${SYMBOL[t.comparator]} ${t.value}%`;

export type TargetStatus = 'met' | 'not_met' | 'no_data' | 'no_target';

/** Rounded to micro-points so that 4/5 against 80% is met, not short by 1e-14. */
const percent = (rate: number): number => Math.round(rate * 1e8) / 1e6;

/**
 * A rate (0..1) against its target: the gap in percentage points beyond it
 * (negative: short of it) and whether it is met. The page's rates and the
 * metrics are judged here alike.
 */
export function judge(rate: number | null, target: TargetInForce | null): { gap: number | null; status: TargetStatus } {
  if (rate === null) return { gap: null, status: 'no_data' };
  if (target === null) return { gap: null, status: 'no_target' };
  const gap = Math.round((upward(target.comparator) ? percent(rate) - target.value : target.value - percent(rate)) * 1e6) / 1e6;
  const strict = target.comparator === 'gt' || target.comparator === 'lt';
  return { gap, status: (strict ? gap > 0 : gap >= 0) ? 'met' : 'not_met' };
}
