import type { Finding, Procedure } from '../schema/facts';
import { finding, type CheckContext } from './finding';

/**
 * Whether a procedure offers an electronic result, as its page states it.
 * Procedures are not the e-result indicator's population (resolved dossiers
 * are), so this finding is the page's information and counts toward no rate.
 */
export function procedureEResult(p: Procedure, subject: string, ctx: CheckContext): Finding {
  const key = p.eResult === null ? 'offerUnknown' : p.eResult ? 'offered' : 'notOffered';
  const status = p.eResult === null ? 'na' : p.eResult ? 'pass' : 'fail';
  return finding(ctx, 'procedureEResult', subject, 'procedure.e_result_rate', status, { key: `procedure.e_result_rate:${key}` });
}
