import { PAGE_INDICATORS } from '../indicators/onPages';
import { Tally } from '../indicators/tally';
import { describeTarget, judge, targetFor, type TargetInForce } from '../indicators/targets';
import type { Indicator, Population, Populations, Verdict } from '../indicators/types';
import type { Finding, FindingStatus, PageFacts } from '../schema/facts';
import { finding, type CheckContext } from './finding';
import { procedureEResult } from './procedure';

export type { CheckContext } from './finding';

const STATUS: Record<Exclude<Verdict, null>, FindingStatus> = { hit: 'pass', miss: 'fail', unknown: 'na' };

/** One indicator's finding about one item: its verdict, and why. */
function itemFinding<P extends Population>(indicator: Indicator<string, P>, item: Populations[P], verdict: Verdict, subject: string, ctx: CheckContext): Finding {
  const why = indicator.explain(item, verdict, ctx);
  const message = { ...why, key: `${indicator.key}:${why.key}` };
  return finding(ctx, indicator.key, subject, indicator.key, verdict === null ? 'na' : STATUS[verdict], message);
}

/**
 * A list's rate of one indicator against its target, counted exactly as the
 * side panel and the workbook count it (the same verdicts, the same tally).
 */
function rateFinding(tally: Tally<string>, ctx: CheckContext): Finding {
  const { indicator: key } = tally;
  const { numerator: met, denominator: counted, rate } = tally.ratio();
  const make = (status: FindingStatus, reason: string, measured?: number, params: Record<string, string | number> = {}) =>
    finding(ctx, key, 'list', key, status, { key: `rate:${reason}`, params: { met, counted, ...params } }, measured);
  if (rate === null) return make('na', 'none');
  const percent = Math.round(1000 * rate) / 10;
  const target = targetFor(ctx.targets, key);
  const { status } = judge(rate, target);
  if (!target) return make('na', 'noTarget', percent, { rate: percent });
  const params = { rate: percent, target: describeTarget(target) };
  return status === 'met' ? make('pass', 'met', percent, params) : make('fail', 'notMet', percent, params);
}

/**
 * Each item's verdict by every indicator of its population, once: a finding
 * per item for the indicators that mark items, then the list's rates from the
 * same verdicts.
 */
function checkItems<P extends Population>(
  population: P,
  items: readonly Populations[P][],
  subjectOf: (item: Populations[P]) => string,
  isList: boolean,
  ctx: CheckContext,
): Finding[] {
  const out: Finding[] = [];
  const indicators = PAGE_INDICATORS.filter((i) => i.population === population) as unknown as Indicator<string, P>[];
  const tallies = indicators.map((i) => new Tally<string>(i.key));
  for (const item of items) {
    indicators.forEach((indicator, n) => {
      if (!indicator.marksEachItem && !isList) return;
      const verdict = indicator.verdict(item, ctx);
      tallies[n].add(verdict);
      if (indicator.marksEachItem) out.push(itemFinding(indicator, item, verdict, subjectOf(item), ctx));
    });
  }
  if (!isList) return out;
  for (const tally of tallies) out.push(rateFinding(tally, ctx));
  return out;
}

/** Every check that applies to the facts of one page, against the targets in force. */
export function runChecks(facts: PageFacts, targets: readonly TargetInForce[], today: string): Finding[] {
  const ctx: CheckContext = { targets, today };
  // A list page shows its rates above the list; a single dossier or procedure has no rate of its own.
  const isList = facts.kind.endsWith('list');
  let findings: Finding[] = [];
  if (facts.procedure) {
    const subject = facts.procedure.code ?? 'procedure';
    findings = findings.concat(checkItems('procedure', [facts.procedure], () => subject, false, ctx), [procedureEResult(facts.procedure, subject, ctx)]);
  }
  if (facts.dossiers) findings = findings.concat(checkItems('dossier', facts.dossiers, (d) => d.code, isList, ctx));
  if (facts.feedback) findings = findings.concat(checkItems('feedback', facts.feedback, (f) => f.code, isList, ctx));
  return findings;
}
