import { PAGE_INDICATORS, type PageIndicator } from '../indicators/onPages';
import { Tally } from '../indicators/tally';
import { describeTarget, judge, targetFor, type TargetInForce } from '../indicators/targets';
import type { Indicator, Population, Populations, Verdict } from '../indicators/types';
import type { Finding, FindingStatus, PageFacts } from '../schema/facts';
import { finish, type Steps } from '../time/steps';
import { finding, type CheckContext } from './finding';
import { procedureEResult } from './procedure';

export type { CheckContext } from './finding';

const STATUS: Record<Exclude<Verdict, null>, FindingStatus> = { hit: 'pass', miss: 'fail', unknown: 'na' };

/** One indicator's finding about one item: its verdict, and why. */
function itemFinding<P extends Population>(indicator: Indicator<string, P>, item: Populations[P], subject: string, ctx: CheckContext): Finding {
  const verdict = indicator.verdict(item, ctx);
  const why = indicator.explain(item, verdict, ctx);
  const message = { ...why, key: `${indicator.key}:${why.key}` };
  return finding(ctx, indicator.key, subject, indicator.key, verdict === null ? 'na' : STATUS[verdict], message);
}

/**
 * A list's rate of one indicator against its target, counted exactly as the
 * side panel and the workbook count it (the same verdicts, the same tally).
 */
export function rateFinding<P extends Population>(indicator: Indicator<string, P>, items: readonly Populations[P][], ctx: CheckContext): Finding {
  const tally = new Tally(indicator.key);
  for (const item of items) tally.add(indicator.verdict(item, ctx));
  const { numerator: met, denominator: counted, rate } = tally.ratio();
  const make = (status: FindingStatus, key: string, measured?: number, params: Record<string, string | number> = {}) =>
    finding(ctx, indicator.key, 'list', indicator.key, status, { key: `rate:${key}`, params: { met, counted, ...params } }, measured);
  if (rate === null) return make('na', 'none');
  const percent = Math.round(1000 * rate) / 10;
  const target = targetFor(ctx.targets, indicator.key);
  const { status } = judge(rate, target);
  if (!target) return make('na', 'noTarget', percent, { rate: percent });
  const params = { rate: percent, target: describeTarget(target) };
  return status === 'met' ? make('pass', 'met', percent, params) : make('fail', 'notMet', percent, params);
}

function* checkItems<P extends Population>(
  population: P,
  items: readonly Populations[P][],
  subjectOf: (item: Populations[P]) => string,
  isList: boolean,
  ctx: CheckContext,
  among: readonly PageIndicator[],
): Steps<Finding[]> {
  const out: Finding[] = [];
  const indicators = among.filter((i) => i.population === population) as unknown as Indicator<string, P>[];
  for (const item of items) {
    yield;
    for (const indicator of indicators) if (indicator.marksEachItem) out.push(itemFinding(indicator, item, subjectOf(item), ctx));
  }
  if (!isList) return out;
  for (const indicator of indicators) {
    yield;
    out.push(rateFinding(indicator, items, ctx));
  }
  return out;
}

/**
 * Every check that applies to the facts of one page, against the targets in
 * force, an item at a time: the caller may give way between them. The
 * indicators are the page indicators, or a content script's own (those whose
 * items its pages show).
 */
export function* checking(facts: PageFacts, targets: readonly TargetInForce[], today: string, indicators: readonly PageIndicator[]): Steps<Finding[]> {
  const ctx: CheckContext = { targets, today };
  // A list page shows its rates above the list; a single dossier or procedure has no rate of its own.
  const isList = facts.kind.endsWith('list');
  let findings: Finding[] = [];
  if (facts.procedure) {
    const subject = facts.procedure.code ?? 'procedure';
    findings = findings.concat(yield* checkItems('procedure', [facts.procedure], () => subject, false, ctx, indicators), procedureEResult(facts.procedure, subject, ctx));
  }
  if (facts.dossiers) findings = findings.concat(yield* checkItems('dossier', facts.dossiers, (d) => d.code, isList, ctx, indicators));
  if (facts.feedback) findings = findings.concat(yield* checkItems('feedback', facts.feedback, (f) => f.code, isList, ctx, indicators));
  return findings;
}

/** Every check that applies to the facts of one page, against the targets in force. */
export const runChecks = (facts: PageFacts, targets: readonly TargetInForce[], today: string): Finding[] =>
  finish(checking(facts, targets, today, PAGE_INDICATORS));
