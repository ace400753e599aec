import { z } from 'zod';

/** A plan's text read from a document page, handed from the side panel to the options page for review. */
export const PLAN_DRAFT_KEY = 'planDraft';
export const PlanDraft = z.object({ text: z.string().min(1).max(2_000_000), url: z.string() });
export type PlanDraft = z.infer<typeof PlanDraft>;
