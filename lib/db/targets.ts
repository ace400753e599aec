import { targetsInForce, type TargetInForce } from '../indicators/targets';
import { activePlanTargets } from '../metrics/figures';
import type { CchcDb } from './db';

/** The targets in force from the plans stored here (see indicators/targets). */
export async function loadTargetsInForce(db: CchcDb): Promise<TargetInForce[]> {
  const [plans, targets] = await Promise.all([db.plans.where('status').equals('active').toArray(), db.targets.toArray()]);
  return targetsInForce(activePlanTargets(plans, targets));
}
