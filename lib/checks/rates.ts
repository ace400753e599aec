import type { Finding } from '../schema/facts';
import { finding } from './finding';
import { describeTarget, meets, targetFor } from './targets';
import type { CheckContext } from './types';

/** A share of the list: how many of the countable items meet the indicator. */
export interface Share {
  met: number;
  counted: number;
}

/** Counts the items whose verdict is known; null verdicts are left out of both sides. */
export function share<T>(items: readonly T[], verdict: (item: T) => boolean | null): Share {
  let met = 0;
  let counted = 0;
  for (const item of items) {
    const v = verdict(item);
    if (v === null) continue;
    counted++;
    if (v) met++;
  }
  return { met, counted };
}

/** One rate of a list against its target, e.g. "Tỷ lệ hồ sơ có kết quả điện tử: 6/8 = 75% — chưa đạt chỉ tiêu ≥ 100%". */
export function rateFinding(ctx: CheckContext, check: string, indicator: string, label: string, unit: string, s: Share): Finding {
  if (s.counted === 0) return finding(ctx, check, 'list', indicator, 'na', `${label}: danh sách chưa có ${unit} nào để tính`);
  const rate = Math.round((1000 * s.met) / s.counted) / 10;
  const base = `${label}: ${s.met}/${s.counted} ${unit} = ${String(rate).replace('.', ',')}%`;
  const target = targetFor(ctx.targets, indicator);
  if (!target) return finding(ctx, check, 'list', indicator, 'na', `${base} (kế hoạch chưa đặt chỉ tiêu)`, rate);
  return meets(rate, target)
    ? finding(ctx, check, 'list', indicator, 'pass', `${base} — đạt chỉ tiêu ${describeTarget(target)}`, rate)
    : finding(ctx, check, 'list', indicator, 'fail', `${base} — chưa đạt chỉ tiêu ${describeTarget(target)}`, rate);
}
