import { INDICATORS, type MeasuredIndicator } from '../indicators';
import type { IndexGroup, Item766 } from '../indicators/types';
import type { IndexScore } from '../schema/facts';
import type { Observation } from '../schema/records';
import { fold } from '../text/fold';
import type { Metric } from './compute';
import { formatNumber } from './format';
import { parsePeriodLabel, periodLabel, samePeriod, type Period } from '../time/periods';

export type { IndexGroup } from '../indicators/types';

/** The six groups of the service index as the portal computes it today. */
export const GROUPS: Record<IndexGroup, { name: string; max: number }> = {
  CKMB: { name: 'Công khai, minh bạch', max: 18 },
  TDGQ: { name: 'Tiến độ giải quyết', max: 20 },
  CLGQ: { name: 'Dịch vụ công trực tuyến', max: 12 },
  MDSH: { name: 'Mức độ số hóa hồ sơ', max: 22 },
  MDHL: { name: 'Mức độ hài lòng', max: 18 },
  TTTT: { name: 'Thanh toán trực tuyến', max: 10 },
};
const GROUP_ORDER = Object.keys(GROUPS) as IndexGroup[];
export const ESTIMATE_LABEL = 'ước tính';

type Scoring = Item766 & { indicator: MeasuredIndicator };

/**
 * The indicators the extension can see and how the portal scores them, from
 * their modules, group by group. Which group feedback on time belongs to is
 * not published; its module places it under satisfaction, the group it concerns.
 */
const SCORING: Scoring[] = GROUP_ORDER.flatMap((group) =>
  INDICATORS.flatMap((i): Scoring[] => (i.item766?.group === group ? [{ indicator: i.key, ...i.item766 }] : [])),
);

export interface EstimateItem {
  indicator: MeasuredIndicator;
  name: string;
  group: IndexGroup;
  rate: number | null;
  denominator: number;
  /** Null when there was nothing to count: no data, not zero points. */
  points: number | null;
  max: number;
}

export interface Index766Estimate {
  label: typeof ESTIMATE_LABEL;
  period: Period;
  items: EstimateItem[];
  /** Points earned on the items with data, out of `maxPoints` for those items. */
  points: number;
  maxPoints: number;
}

export const scorePoints = (rate: number, max: number, fullAt: number): number => Math.min(max, (max * rate) / fullAt);

export function estimate766(metrics: readonly Metric[], period: Period): Index766Estimate {
  const byKey = new Map(metrics.map((m) => [m.indicator, m]));
  const items = SCORING.map((s): EstimateItem => {
    const m = byKey.get(s.indicator);
    const rate = m?.rate ?? null;
    const points = rate === null ? s.whenNone : scorePoints(rate, s.max, s.fullAt);
    return { indicator: s.indicator, name: m?.name ?? s.indicator, group: s.group, rate, denominator: m?.denominator ?? 0, points, max: s.max };
  });
  const counted = items.filter((i) => i.points !== null);
  return {
    label: ESTIMATE_LABEL,
    period,
    items,
    points: counted.reduce((sum, i) => sum + (i.points ?? 0), 0),
    maxPoints: counted.reduce((sum, i) => sum + i.max, 0),
  };
}

/** Whose published figures stand beside the estimate: the unit, as the portal names it, else its province. */
export interface PublishedFor {
  unit: string | null;
  /** The province's name ("Lâm Đồng"). */
  province: string | null;
}

/** A published score, and whether it is the unit's own or its whole province's. */
export type PublishedScore = IndexScore & { scope: 'unit' | 'province' };

const words = (name: string) => fold(name).replace(/[.,;:()]/g, ' ').replace(/\s+/g, ' ').trim();
/** The portal lists "UBND phường Đông Kinh", "Tỉnh Lâm Đồng", "Lâm Đồng": the body's title is not the name. */
const withoutBody = (name: string) => words(name).replace(/^(?:uy ban nhan dan|ubnd)\s+/, '');
const provinceKey = (name: string) => withoutBody(name).replace(/^(?:tinh|thanh pho|tp)\s+/, '');
/** The commune or ward at the end of a unit's name: "Phòng Văn hóa - Xã hội phường Đông Kinh" works for "phường Đông Kinh". */
const LOCALITY = /^.*\b((?:xa(?! hoi\b)|phuong|dac khu|thi tran) [^-]+)$/;

function unitKeys(unit: string): string[] {
  const key = withoutBody(unit);
  const locality = LOCALITY.exec(key)?.[1];
  return locality && locality !== key ? [key, locality] : [key];
}

/**
 * The portal's figures for the period, as last seen on the index page: the
 * unit's own row when the portal lists it (by its name, or by the commune or
 * ward it works for), else its province's row.
 */
export function findPublished(observations: readonly Observation[], who: PublishedFor, period: Period): PublishedScore | null {
  const mine = who.unit ? unitKeys(who.unit) : [];
  const province = who.province ? provinceKey(who.province) : null;
  let best: { seenAt: number; score: PublishedScore } | null = null;
  for (const o of observations) {
    if (o.type !== 'index_score' || o.data.period === null) continue;
    const scope = mine.includes(withoutBody(o.data.unit)) ? 'unit' : province !== null && provinceKey(o.data.unit) === province ? 'province' : null;
    const published = scope && parsePeriodLabel(o.data.period);
    if (!scope || !published || !samePeriod(published, period)) continue;
    const better = best === null || (scope === 'unit' && best.score.scope === 'province') || (scope === best.score.scope && o.seenAt > best.seenAt);
    if (better) best = { seenAt: o.seenAt, score: { ...o.data, scope } };
  }
  return best?.score ?? null;
}

export interface GroupComparison {
  group: IndexGroup;
  name: string;
  max: number;
  /** Estimated points and the group's points the estimate covers. */
  estimate: number | null;
  covered: number;
  published: number | null;
  /** Published minus estimated, only where the estimate covers the whole group. */
  difference: number | null;
  explanation: string;
}

export interface Index766Comparison {
  estimate: Index766Estimate;
  published: PublishedScore | null;
  groups: GroupComparison[];
  /** Why an estimate and the portal's figures differ, in Vietnamese. */
  notes: string[];
}

const pts = (n: number) => formatNumber(n, 1);
/** A name put mid-sentence: its first letter only is lowered, so abbreviations (TTHC) stay as written. */
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function explainGroup(group: IndexGroup, items: EstimateItem[], published: number | null): Pick<GroupComparison, 'estimate' | 'covered' | 'difference' | 'explanation'> {
  const { max } = GROUPS[group];
  const counted = items.filter((i) => i.points !== null);
  const covered = counted.reduce((s, i) => s + i.max, 0);
  const estimate = counted.length ? counted.reduce((s, i) => s + (i.points ?? 0), 0) : null;
  const portal = published === null ? 'Chưa mở trang chỉ số của kỳ này' : `Cổng công bố ${pts(published)}/${max} điểm`;
  if (items.length === 0) return { estimate: null, covered: 0, difference: null, explanation: `${portal}; tiện ích không thấy các chỉ số của nhóm này.` };
  if (estimate === null) return { estimate, covered, difference: null, explanation: `${portal}; chưa có hồ sơ để ước tính.` };
  const mine = `ước tính ${pts(estimate)}/${covered} điểm từ ${counted.map((i) => lowerFirst(i.name)).join('; ')}`;
  if (covered < max) {
    return { estimate, covered, difference: null, explanation: `${portal} cho cả nhóm; ${mine}, tức ${covered}/${max} điểm của nhóm: không so trực tiếp được.` };
  }
  const difference = published === null ? null : published - estimate;
  const gap = difference === null ? '' : difference === 0 ? ' — trùng khớp.' : ` — chênh ${pts(Math.abs(difference))} điểm (cổng ${difference > 0 ? 'cao' : 'thấp'} hơn).`;
  return { estimate, covered, difference, explanation: `${portal}; ${mine}${gap || '.'}` };
}

/**
 * The estimate beside what the portal published for the same unit and
 * period, group by group, with the reasons the two differ.
 */
export function compare766(estimate: Index766Estimate, published: PublishedScore | null, today: string): Index766Comparison {
  const groups = GROUP_ORDER.map((group): GroupComparison => {
    const value = published?.groups[group] ?? null;
    return { group, name: GROUPS[group].name, max: GROUPS[group].max, published: value, ...explainGroup(group, estimate.items.filter((i) => i.group === group), value) };
  });
  const dossiers = estimate.items.find((i) => i.indicator === 'procedure.on_time_rate')?.denominator ?? 0;
  const label = periodLabel(estimate.period);
  const notes = [
    `Đây là ${ESTIMATE_LABEL}: ${pts(estimate.points)}/${estimate.maxPoints} điểm trên các chỉ số tiện ích thấy được, trong tổng 100 điểm của Bộ chỉ số 766.`,
    `Chỉ tính ${dossiers} hồ sơ bạn đã mở trong ${label}; cổng tính toàn bộ hồ sơ của đơn vị.`,
    'Khiếu nại về hồ sơ không hiển thị cho tiện ích nên chưa bị trừ trong tỷ lệ hài lòng.',
  ];
  if (today <= estimate.period.to) notes.push(`Kỳ ${label} chưa kết thúc: hồ sơ còn hạn đang được tính là đúng hạn, có thể trễ hạn trước khi cổng chốt số liệu.`);
  if (published === null) notes.push(`Chưa có số liệu cổng công bố cho đơn vị và ${label}: mở trang Chỉ số phục vụ trên Cổng Dịch vụ công quốc gia để so sánh.`);
  else {
    const whose = published.scope === 'province' ? `${published.unit} (số của cả tỉnh, cổng chưa công bố riêng cho đơn vị)` : published.unit;
    const total = published.total === null ? '' : `: tổng ${pts(published.total)}/100 điểm`;
    notes.push(`Cổng công bố cho ${whose}, ${published.period}${total}.`);
  }
  return { estimate, published, groups, notes };
}
