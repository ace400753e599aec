import { PAGE_INDICATORS } from './onPages';
import { taskCompletion } from './taskCompletion';
import type { Indicator, Population } from './types';

/**
 * Every measurable indicator, in the order the plans list them. This list is
 * the only registry: page checks, metrics, the workbook and the 766 estimate
 * all iterate over it. Adding an indicator is its module, a line here, and
 * its test.
 */
export const INDICATORS = [...PAGE_INDICATORS, taskCompletion] as const;

export type MeasuredIndicator = (typeof INDICATORS)[number]['key'];

const byKey = new Map<string, Indicator>(INDICATORS.map((i) => [i.key, i as unknown as Indicator]));

export const indicatorOf = (key: string): Indicator | undefined => byKey.get(key);

export const isMeasured = (key: string): key is MeasuredIndicator => byKey.has(key);

/** The indicators that count one population's items, typed for them. */
export function indicatorsOf<P extends Population>(population: P): Indicator<MeasuredIndicator, P>[] {
  return INDICATORS.filter((i) => i.population === population) as unknown as Indicator<MeasuredIndicator, P>[];
}

export type { Indicator, Population, Verdict, CountContext, MessageRef, Wording, IndexGroup, Item766 } from './types';
