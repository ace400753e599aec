import { INDICATORS, type MeasuredIndicator } from '../indicators';
import type { IndexGroup, Item766 } from '../indicators/types';
import type { IndexScore } from '../schema/facts';
import type { Observation } from '../schema/records';
import { fold } from '../text/fold';
import type { Metric } from './compute';
import { formatNumber } from './format';
import { inBoth, type InBoth, type MessageKey, type Phrase } from '../i18n';
import { parsePeriodLabel, periodLabel, samePeriod, type Period } from '../time/periods';

export type { IndexGroup } from '../indicators/types';

/** The six groups of the service index as the portal computes it today: their points; their names are `group766_<group>` in the dictionaries. */
export const GROUPS: Record<IndexGroup, { max: number }> = {
  CKMB: { max: 18 },
  TDGQ: { max: 20 },
  CLGQ: { max: 12 },
  MDSH: { max: 22 },
  MDHL: { max: 18 },
  TTTT: { max: 10 },
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
  name: Phrase<MessageKey>;
  max: number;
  /** Estimated points and the group's points the estimate covers. */
  estimate: number | null;
  covered: number;
  published: number | null;
  /** Published minus estimated, only where the estimate covers the whole group. */
  difference: number | null;
  explanation: Phrase<MessageKey>;
}

export interface Index766Comparison {
  estimate: Index766Estimate;
  published: PublishedScore | null;
  groups: GroupComparison[];
  /** Why an estimate and the portal's figures differ, worded where they are shown. */
  notes: Phrase<MessageKey>[];
}

/** A name put mid-sentence: its first letter only is lowered, so abbreviations (TTHC) stay as written. */
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function explainGroup(
  group: IndexGroup,
  items: EstimateItem[],
  published: number | null,
): Pick<GroupComparison, 'estimate' | 'covered' | 'difference' | 'explanation'> {
  const { max } = GROUPS[group];
  const counted = items.filter((i) => i.points !== null);
  const covered = counted.reduce((s, i) => s + i.max, 0);
  const estimate = counted.length ? counted.reduce((s, i) => s + (i.points ?? 0), 0) : null;
  const portal = published === null ? say('idx766PortalNone') : say('idx766PortalPublished', { points: pts(published), max });
  if (items.length === 0) return { estimate: null, covered: 0, difference: null, explanation: say('idx766NoIndicators', { portal }) };
  if (estimate === null) return { estimate, covered, difference: null, explanation: say('idx766NoDossiers', { portal }) };
  const name = (i: EstimateItem, language: 'vi' | 'en') => (language === 'vi' ? i.name : (INDICATORS.find((x) => x.key === i.indicator)?.name.en ?? i.name));
  const names = inBoth((language) => counted.map((i) => lowerFirst(name(i, language))).join('; '));
  const mine = say('idx766Mine', { points: pts(estimate), covered, names });
  if (covered < max) {
    return { estimate, covered, difference: null, explanation: say('idx766PartOfGroup', { portal, mine, covered, max }) };
  }
  const difference = published === null ? null : published - estimate;
  const gap =
    difference === null
      ? '.'
      : difference === 0
        ? say('idx766Same')
        : say(difference > 0 ? 'idx766PortalHigher' : 'idx766PortalLower', { points: pts(Math.abs(difference)) });
  return { estimate, covered, difference, explanation: say('idx766WholeGroup', { portal, mine, gap }) };
}

/** Points with one decimal, written as each language writes decimals. */
const pts = (n: number): InBoth => inBoth((language) => formatNumber(n, 1, language));

const say = (key: MessageKey, params: Phrase<MessageKey>['params'] = {}): Phrase<MessageKey> => ({ key, params });

/**
 * The estimate beside what the portal published for the same unit and
 * period, group by group, with the reasons the two differ, as phrases worded
 * where they are shown (documents in Vietnamese, the side panel in the person's language).
 */
export function compare766(estimate: Index766Estimate, published: PublishedScore | null, today: string): Index766Comparison {
  const groups = GROUP_ORDER.map((group): GroupComparison => {
    const value = published?.groups[group] ?? null;
    const items = estimate.items.filter((i) => i.group === group);
    return { group, name: say(`group766_${group}`), max: GROUPS[group].max, published: value, ...explainGroup(group, items, value) };
  });
  const dossiers = estimate.items.find((i) => i.indicator === 'procedure.on_time_rate')?.denominator ?? 0;
  const period = inBoth((language) => periodLabel(estimate.period, language));
  const notes = [
    say('idx766NoteEstimate', { points: pts(estimate.points), max: estimate.maxPoints }),
    say('idx766NoteDossiers', { dossiers: say(dossiers === 1 ? 'idx766DossierOne' : 'idx766DossierMany', { n: dossiers }), period }),
    say('idx766NoteComplaints'),
  ];
  if (today <= estimate.period.to) notes.push(say('idx766NoteOpenPeriod', { period }));
  if (published === null) notes.push(say('idx766NoteNoPublished', { period }));
  else {
    const whose = published.scope === 'province' ? say('idx766ProvinceWide', { unit: published.unit }) : published.unit;
    const total = published.total === null ? '' : say('idx766Total', { points: pts(published.total) });
    notes.push(say('idx766NotePublished', { whose, period: published.period ?? '', total }));
  }
  return { estimate, published, groups, notes };
}
