import type { Metric } from './compute';
import { formatDateVi } from '../time/dates';
import { formatPercent } from './format';
import { INDICATORS, type MeasuredIndicator } from '../indicators';
import { inBoth, say, type InBoth, type MessageKey, type Phrase } from '../i18n';
import { elapsedDays, periodDays, periodLabel, type Period } from '../time/periods';

export interface WhatItTakes {
  indicator: MeasuredIndicator;
  /** Items still to meet the indicator this period; null when it cannot be worked out. */
  needed: number | null;
  /** Items expected by the end of the period at the pace so far. */
  expectedRemaining: number | null;
  achievable: boolean | null;
  /** What it takes, worded where it is shown: in the person's language in the side panel, in Vietnamese in documents. */
  sentence: Phrase<MessageKey>;
}

/** Fewest of the coming items that must count so that the rate reaches the target (percent). */
function fewestNeeded(numerator: number, total: number, value: number, strict: boolean): number {
  const short = (value * total - 100 * numerator) / 100;
  return Math.max(0, strict ? Math.floor(short + 1e-9) + 1 : Math.ceil(short - 1e-9));
}

/**
 * What it takes to reach a "không thấp hơn" target by the end of the period,
 * if items keep arriving at the pace so far, e.g. "Cần thêm 6 hồ sơ có tái
 * sử dụng dữ liệu để đạt 80% trong tháng 11/2026", as a phrase worded where
 * it is shown. Null for indicators that are not counted over arriving items or
 * have no such target.
 */
export function whatItTakes(metric: Metric, period: Period, today: string): WhatItTakes | null {
  const indicator = INDICATORS.find((i) => i.key === metric.indicator);
  const wording = indicator?.pace;
  const target = metric.target;
  if (!wording || !target || (target.comparator !== 'gte' && target.comparator !== 'gt')) return null;
  const phrase = (key: MessageKey, params: Phrase<MessageKey>['params'] = {}): Phrase<MessageKey> => ({ key, params });
  const named = inBoth((language) => periodLabel(period, language));
  // A range reads "trong kỳ từ 15/09/2026 đến 14/12/2026", not "trong từ …".
  const label = period.kind === 'custom' ? phrase('wiPeriodCustom', { period: named }) : named;
  const goal = target.comparator === 'gt' ? phrase('wiGoalAbove', { value: target.value }) : `${target.value}%`;
  const quality: InBoth = { vi: wording.quality, en: wording.en.quality };
  /** The item's noun for a count of n: English has a singular and a plural, Vietnamese one word. */
  const item = (n: number): InBoth => ({ vi: wording.item, en: n === 1 ? wording.en.one : wording.en.many });
  const count = (n: number) => phrase('wiCount', { n, item: item(n) });
  const percent = (rate: number) => inBoth((language) => formatPercent(rate, language));
  const result = (needed: number | null, expectedRemaining: number | null, achievable: boolean | null, sentence: Phrase<MessageKey>) => ({
    indicator: metric.indicator,
    needed,
    expectedRemaining,
    achievable,
    sentence,
  });

  if (today < period.from) return result(null, null, null, phrase('wiNotStarted', { period: named }));
  const elapsed = elapsedDays(period, today);
  const remainingDays = periodDays(period) - elapsed;
  const { numerator, denominator } = metric;
  if (denominator === 0) return result(null, null, null, phrase('wiNoItems', { item: item(0), label }));
  const expected = Math.round((denominator / elapsed) * remainingDays);
  const needed = fewestNeeded(numerator, denominator + expected, target.value, target.comparator === 'gt');
  const rate = percent(numerator / denominator);

  if (remainingDays === 0) {
    return needed === 0
      ? result(0, 0, true, phrase('wiEndedMet', { rate, goal, label }))
      : result(needed, 0, false, phrase('wiEndedShort', { Label: inBoth((language) => capitalize('key' in label ? say(language, label) : label[language])), rate, goal }));
  }
  const until = formatDateVi(period.to);
  // One expected dossier is "the one", several are "all ... each": no "cả khoảng 1", no "khoảng 0".
  const pace = expected === 1 ? phrase('wiPaceOne', { item: item(1), until }) : phrase('wiPaceMany', { expected, item: item(expected), until });
  if (needed === 0) {
    const rest = expected === 0 ? '' : phrase(expected === 1 ? 'wiMetEvenIfOne' : 'wiMetEvenIfMany', { pace, quality });
    return result(0, expected, true, phrase('wiMet', { rate, goal, label, rest }));
  }
  if (needed > expected) {
    const best = percent((numerator + expected) / (denominator + expected));
    const sentence =
      expected === 0
        ? phrase('wiOutOfReachNone', { goal, label, item: item(0), until, rate })
        : phrase(expected === 1 ? 'wiOutOfReachOne' : 'wiOutOfReachMany', { goal, label, until, expectedItems: count(expected), quality, best, neededItems: count(needed) });
    return result(needed, expected, false, sentence);
  }
  const lead = phrase((numerator / denominator) * 100 >= target.value ? 'wiKeepLead' : 'wiReachLead', { rate, goal });
  // One expected and one needed: that very one must count, said so rather than "1 hồ sơ … (trong hồ sơ …)".
  const need = expected === 1 ? phrase('wiNeedOne', { pace, quality }) : phrase('wiNeedMany', { neededItems: count(needed), quality, pace });
  return result(needed, expected, true, phrase('wiAchievable', { lead, label, need }));
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
