import type { Metric } from './compute';
import { formatDateVi } from '../time/dates';
import { formatPercent } from './format';
import { INDICATORS, type MeasuredIndicator } from '../indicators';
import { elapsedDays, periodDays, periodLabel, type Period } from '../time/periods';

export interface WhatItTakes {
  indicator: MeasuredIndicator;
  /** Items still to meet the indicator this period; null when it cannot be worked out. */
  needed: number | null;
  /** Items expected by the end of the period at the pace so far. */
  expectedRemaining: number | null;
  achievable: boolean | null;
  sentence: string;
}

/** Fewest of the coming items that must count so that the rate reaches the target (percent). */
function fewestNeeded(numerator: number, total: number, value: number, strict: boolean): number {
  const short = (value * total - 100 * numerator) / 100;
  return Math.max(0, strict ? Math.floor(short + 1e-9) + 1 : Math.ceil(short - 1e-9));
}

/**
 * What it takes to reach a "không thấp hơn" target by the end of the period,
 * if items keep arriving at the pace so far, e.g. "Cần thêm 6 hồ sơ có tái
 * sử dụng dữ liệu để đạt 80% trong tháng 11/2026". Null for indicators that
 * are not counted over arriving items or have no such target.
 */
export function whatItTakes(metric: Metric, period: Period, today: string): WhatItTakes | null {
  const indicator = INDICATORS.find((i) => i.key === metric.indicator);
  const wording = indicator?.pace;
  const target = metric.target;
  if (!wording || !target || (target.comparator !== 'gte' && target.comparator !== 'gt')) return null;
  // A range reads "trong kỳ từ 15/09/2026 đến 14/12/2026", not "trong từ …".
  const label = period.kind === 'custom' ? `kỳ ${periodLabel(period)}` : periodLabel(period);
  const goal = `${target.comparator === 'gt' ? 'trên' : ''} ${target.value}%`.trim();
  const { item, quality } = wording;
  const result = (needed: number | null, expectedRemaining: number | null, achievable: boolean | null, sentence: string) => ({
    indicator: metric.indicator,
    needed,
    expectedRemaining,
    achievable,
    sentence,
  });

  if (today < period.from) return result(null, null, null, `${period.kind === 'custom' ? capitalize(label) : `Kỳ ${label}`} chưa bắt đầu.`);
  const elapsed = elapsedDays(period, today);
  const remainingDays = periodDays(period) - elapsed;
  const { numerator, denominator } = metric;
  if (denominator === 0) {
    return result(null, null, null, `Chưa có ${item} nào được ghi nhận trong ${label}: chưa tính được nhịp độ.`);
  }
  const expected = Math.round((denominator / elapsed) * remainingDays);
  const needed = fewestNeeded(numerator, denominator + expected, target.value, target.comparator === 'gt');
  const rate = formatPercent(numerator / denominator);

  if (remainingDays === 0) {
    return needed === 0
      ? result(0, 0, true, `Đã đạt ${rate} (chỉ tiêu ${goal}) trong ${label}.`)
      : result(needed, 0, false, `${capitalize(label)} đã kết thúc ở mức ${rate}, chưa đạt chỉ tiêu ${goal}.`);
  }
  const until = formatDateVi(period.to);
  // One expected dossier is "the one", several are "all ... each": no "cả khoảng 1", no "khoảng 0".
  const pace = expected === 1 ? `${item} dự kiến còn nhận đến ${until}` : `khoảng ${expected} ${item} dự kiến còn nhận đến ${until}`;
  const each = (verb: string) => (expected === 1 ? `${pace} ${verb}` : `cả ${pace} đều ${verb}`);
  if (needed === 0) {
    const rest = expected === 0 ? '' : ` kể cả khi ${each(`không ${quality}`)}`;
    return result(0, expected, true, `Đang đạt ${rate}: vẫn đạt ${goal} trong ${label}${rest}.`);
  }
  if (needed > expected) {
    const best = formatPercent((numerator + expected) / (denominator + expected));
    const sentence =
      expected === 0
        ? `Khó đạt ${goal} trong ${label}: không dự kiến nhận thêm ${item} nào đến ${until}, tỷ lệ dừng ở ${rate}.`
        : `Khó đạt ${goal} trong ${label} theo nhịp hiện tại: từ nay đến ${until} dự kiến ${
            expected === 1 ? `chỉ nhận thêm 1 ${item}; dù ${quality}` : `nhận thêm khoảng ${expected} ${item}; dù tất cả đều ${quality}`
          }, tỷ lệ cũng chỉ đạt ${best}, trong khi cần thêm ${needed} ${item} ${quality}.`;
    return result(needed, expected, false, sentence);
  }
  const lead = numerator / denominator * 100 >= target.value ? `Đang đạt ${rate}; để giữ ${goal}` : `Đang ở mức ${rate}; để đạt ${goal}`;
  // One expected and one needed: that very one must count, said so rather than "1 hồ sơ … (trong hồ sơ …)".
  const need = expected === 1 ? `${pace} cần ${quality}` : `cần thêm ${needed} ${item} ${quality} (trong ${pace})`;
  return result(needed, expected, true, `${lead} trong ${label}, ${need}.`);
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function whatItTakesAll(metrics: readonly Metric[], period: Period, today: string): WhatItTakes[] {
  return metrics.map((m) => whatItTakes(m, period, today)).filter((w): w is WhatItTakes => w !== null);
}
