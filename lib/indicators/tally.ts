import type { MeasuredIndicator } from './index';
import type { Verdict } from './types';

/** An indicator counted over some items. */
export interface Ratio<K extends string = MeasuredIndicator> {
  indicator: K;
  numerator: number;
  denominator: number;
  /** numerator / denominator in 0..1; null when nothing was counted. */
  rate: number | null;
  /** Items of the population whose page did not show the fact counted. */
  unknown: number;
}

/** Running counts of one indicator; `add` takes one verdict. */
export class Tally<K extends string = MeasuredIndicator> {
  numerator = 0;
  denominator = 0;
  unknown = 0;
  constructor(readonly indicator: K) {}
  add(verdict: Verdict): void {
    if (verdict === null) return;
    if (verdict === 'unknown') this.unknown += 1;
    else {
      this.denominator += 1;
      if (verdict === 'hit') this.numerator += 1;
    }
  }
  ratio(): Ratio<K> {
    const { indicator, numerator, denominator, unknown } = this;
    return { indicator, numerator, denominator, unknown, rate: denominator === 0 ? null : numerator / denominator };
  }
}
