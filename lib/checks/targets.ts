import indicators from '../domain/indicators.json';
import type { Comparator } from '../schema/plan';
import type { TargetInput } from './types';

interface IndicatorEntry {
  key: string;
  nq02_2026?: { comparator: string; value: number };
}

const COMPARATORS: readonly Comparator[] = ['gte', 'gt', 'lte', 'lt'];
const isComparator = (c: string): c is Comparator => (COMPARATORS as readonly string[]).includes(c);

/** The targets Nghị quyết 02/NQ-CP sets for 2026, read from indicators.json. */
export function defaultTargets(): TargetInput[] {
  const out: TargetInput[] = [];
  for (const entry of indicators.indicators as IndicatorEntry[]) {
    const t = entry.nq02_2026;
    if (t && isComparator(t.comparator)) out.push({ indicator: entry.key, comparator: t.comparator, value: t.value, ref: 'nq02_2026' });
  }
  return out;
}

/**
 * The plan's own targets, with the national default for every indicator the
 * plan leaves out: a ward plan that only sets satisfaction is still bound by
 * the national e-result target.
 */
export function effectiveTargets(fromPlan: readonly TargetInput[]): TargetInput[] {
  const given = new Set(fromPlan.map((t) => t.indicator));
  return [...fromPlan, ...defaultTargets().filter((t) => !given.has(t.indicator))];
}

export function targetFor(targets: readonly TargetInput[], indicator: string): TargetInput | null {
  return targets.find((t) => t.indicator === indicator) ?? null;
}

export function meets(measured: number, target: TargetInput): boolean {
  switch (target.comparator) {
    case 'gte':
      return measured >= target.value;
    case 'gt':
      return measured > target.value;
    case 'lte':
      return measured <= target.value;
    case 'lt':
      return measured < target.value;
  }
}

const SYMBOL: Record<Comparator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<' };

/** "≥ 80%", the way a plan states it. */
export function describeTarget(target: TargetInput): string {
  return `${SYMBOL[target.comparator]} ${target.value}%`;
}
