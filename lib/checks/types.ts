import type { Comparator } from '../schema/plan';

/** A target as the checks use it: a plan's chỉ tiêu, or the national default. */
export interface TargetInput {
  indicator: string;
  comparator: Comparator;
  value: number;
  /** Where the target comes from (a plan number, or "nq02_2026"); shown beside the finding. */
  ref?: string;
}

export interface CheckContext {
  targets: TargetInput[];
  /** Today in Asia/Ho_Chi_Minh, YYYY-MM-DD: what "still within time" is measured against. */
  today: string;
}
