import { readPageForPlan } from '@/lib/plan/html';

/**
 * Injected on request into a document page of the document-management
 * system, to hand its text to the plan reader. Kept out of the content
 * scripts so Readability loads only when a person asks to read a plan.
 */
export default defineUnlistedScript(() => readPageForPlan(document));
