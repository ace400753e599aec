import { dataReuse } from './dataReuse';
import { digitization } from './digitization';
import { eResult } from './eResult';
import { feedbackOnTime } from './feedbackOnTime';
import { fullOnlineProcedure } from './fullOnlineProcedure';
import { onlineDossier } from './onlineDossier';
import { onlineSatisfaction } from './onlineSatisfaction';
import { onTime } from './onTime';
import { satisfaction } from './satisfaction';

/**
 * The indicators a portal page shows items of (procedures, dossiers,
 * feedback): the ones page checks and their findings know. Kept apart from
 * the whole list so that a content script carries these and not what counts
 * the plan's tasks.
 */
export const PAGE_INDICATORS = [
  eResult,
  dataReuse,
  feedbackOnTime,
  satisfaction,
  onlineSatisfaction,
  fullOnlineProcedure,
  digitization,
  onTime,
  onlineDossier,
] as const;

/** One of them: what a content script's own list holds. */
export type PageIndicator = (typeof PAGE_INDICATORS)[number];
