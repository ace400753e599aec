import { db, type CchcDb } from '../db/db';
import type { Settings } from '../schema/settings';

/** The first run as steps, each done when the person has done it, in the order they depend on each other. */
export const FIRST_RUN_STEPS = ['province', 'profile', 'plan', 'page'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

export interface FirstRun {
  done: Record<FirstRunStep, boolean>;
  /** The first step not done yet; null when all are. */
  next: FirstRunStep | null;
}

/**
 * Whether a store holds any record, reading at most one key. IndexedDB's
 * count() walks every record: over a year of observations that held the
 * origin's database for hundreds of milliseconds each time this ran (and it
 * runs again on every write to these stores, e.g. each tab that navigates),
 * and every other page's reads waited behind it.
 */
const hasAny = async (table: CchcDb['plans'] | CchcDb['pages'] | CchcDb['observations']) => (await table.limit(1).primaryKeys()).length > 0;

export async function loadFirstRun(settings: Settings): Promise<FirstRun> {
  const database = db();
  const [plans, pages, observations] = await Promise.all([hasAny(database.plans), hasAny(database.pages), hasAny(database.observations)]);
  const done: Record<FirstRunStep, boolean> = {
    province: settings.hosts.length > 0,
    profile: !!settings.profile.unit && !!settings.profile.role,
    plan: plans,
    page: pages || observations,
  };
  return { done, next: FIRST_RUN_STEPS.find((s) => !done[s]) ?? null };
}
