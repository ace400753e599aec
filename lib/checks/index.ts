import type { Finding, PageFacts } from '../schema/facts';
import { dossierChecks } from './dossier';
import { feedbackOnTime, feedbackOnTimeRate } from './feedback';
import { listRates } from './listRates';
import { procedureEResult, procedureFullOnline } from './procedure';
import { effectiveTargets } from './targets';
import type { CheckContext, TargetInput } from './types';

export type { CheckContext, TargetInput } from './types';
export { defaultTargets, effectiveTargets } from './targets';
export { dossierOnTime, eResultIssued, dataReused, digitized, onTime } from './dossier';
export { eResultRate, dataReuseRate, onTimeRate, digitizationRate, satisfactionRate, listRates } from './listRates';
export { procedureFullOnline, procedureEResult } from './procedure';
export { feedbackInTime, feedbackOnTime, feedbackOnTimeRate } from './feedback';

/** Every check that applies to the facts of one page; the plan's targets fall back to 02/NQ-CP's. */
export function runChecks(facts: PageFacts, targets: readonly TargetInput[], today: string): Finding[] {
  const ctx: CheckContext = { targets: effectiveTargets(targets), today };
  const findings: Finding[] = [];
  if (facts.procedure) findings.push(procedureFullOnline(facts.procedure, ctx), procedureEResult(facts.procedure, ctx));
  if (facts.dossiers) {
    for (const d of facts.dossiers) for (const check of dossierChecks) findings.push(check(d, ctx));
    if (facts.kind === 'onestop.dossier_list') findings.push(...listRates(facts.dossiers, ctx));
  }
  if (facts.feedback) {
    for (const f of facts.feedback) findings.push(feedbackOnTime(f, ctx));
    findings.push(feedbackOnTimeRate(facts.feedback, ctx));
  }
  return findings;
}
