import { targetFor, type TargetInForce } from '../indicators/targets';
import type { MessageRef } from '../indicators/types';
import type { Finding, FindingStatus } from '../schema/facts';

export interface CheckContext {
  /** The targets in force (see indicators/targets). */
  targets: readonly TargetInForce[];
  /** Today in Asia/Ho_Chi_Minh, YYYY-MM-DD: what "still within time" is measured against. */
  today: string;
}

/** A finding with its stable id `${check}:${subject}`, so a dismissal survives reloads. */
export function finding(
  ctx: CheckContext,
  check: string,
  subject: string,
  indicator: string,
  status: FindingStatus,
  message: MessageRef,
  measured?: number,
): Finding {
  const target = targetFor(ctx.targets, indicator);
  return {
    id: `${check}:${subject}`,
    check,
    indicator,
    status,
    subject,
    ...(measured === undefined ? {} : { measured }),
    ...(target ? { target: target.value, target_ref: target.source } : {}),
    message,
  };
}
