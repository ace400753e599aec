import type { Finding, FindingStatus } from '../schema/facts';
import { targetFor } from './targets';
import type { CheckContext } from './types';

/** A finding with its stable id `${check}:${subject}`, so a dismissal survives reloads. */
export function finding(
  ctx: CheckContext,
  check: string,
  subject: string,
  indicator: string | null,
  status: FindingStatus,
  message: string,
  measured?: number,
): Finding {
  const target = indicator ? targetFor(ctx.targets, indicator) : null;
  return {
    id: `${check}:${subject}`,
    check,
    indicator,
    status,
    subject,
    ...(measured === undefined ? {} : { measured }),
    ...(target ? { target: target.value, ...(target.ref ? { target_ref: target.ref } : {}) } : {}),
    message,
  };
}
