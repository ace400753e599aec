import { dataReuse } from '../indicators/dataReuse';
import { digitization } from '../indicators/digitization';
import { eResult } from '../indicators/eResult';
import { feedbackOnTime } from '../indicators/feedbackOnTime';
import { fullOnlineProcedure } from '../indicators/fullOnlineProcedure';
import { onlineDossier } from '../indicators/onlineDossier';
import { onlineSatisfaction } from '../indicators/onlineSatisfaction';
import { onTime } from '../indicators/onTime';
import { satisfaction } from '../indicators/satisfaction';
import type { PageIndicator } from '../indicators/onPages';

/**
 * The indicators each content script checks and words its pages' findings
 * with: those whose items its page kinds show (national and provincial portals:
 * procedures and feedback, and the e-result indicator's words for a
 * procedure's own finding; one-stop systems: dossiers and feedback; document
 * systems: none). Written out so that each script bundles only these; a test
 * holds them to what the checks find on every fixture page of the family.
 */
export const dvcIndicators: readonly PageIndicator[] = [eResult, feedbackOnTime, fullOnlineProcedure];
export const onestopIndicators: readonly PageIndicator[] = [eResult, dataReuse, feedbackOnTime, satisfaction, onlineSatisfaction, digitization, onTime, onlineDossier];
export const qlvbIndicators: readonly PageIndicator[] = [];
