import { db } from '../db/db';
import type { Settings } from '../schema/settings';

/** The first run as steps, each done when the person has done it, in the order they depend on each other. */
export const FIRST_RUN_STEPS = ['province', 'profile', 'plan', 'page'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

export interface FirstRun {
  done: Record<FirstRunStep, boolean>;
  /** The first step not done yet; null when all are. */
  next: FirstRunStep | null;
}

export async function loadFirstRun(settings: Settings): Promise<FirstRun> {
  const database = db();
  const [plans, pages, observations] = await Promise.all([database.plans.count(), database.pages.count(), database.observations.count()]);
  const done: Record<FirstRunStep, boolean> = {
    province: settings.hosts.length > 0,
    profile: !!settings.profile.unit && !!settings.profile.role,
    plan: plans > 0,
    page: pages + observations > 0,
  };
  return { done, next: FIRST_RUN_STEPS.find((s) => !done[s]) ?? null };
}
