import { z } from 'zod';
import type { ParsedPlan } from '../schema/plan';
import type { QlvbDocument } from '../schema/facts';

/**
 * What the document system shows about a plan beside its text: the number,
 * issuer and date are often only in the document's record, not in the body
 * Readability extracts.
 */
export const PlanMeta = z.object({ number: z.string(), issuer: z.string().nullable(), issuedAt: z.string().nullable() });
export type PlanMeta = z.infer<typeof PlanMeta>;

/** A plan's text read from a document page, handed from the side panel to the options page for review. */
export const PLAN_DRAFT_KEY = 'planDraft';
export const PlanDraft = z.object({ text: z.string().min(1).max(2_000_000), url: z.string(), meta: PlanMeta.nullable() });
export type PlanDraft = z.infer<typeof PlanDraft>;

export function planMetaOf(documents: readonly QlvbDocument[] | undefined): PlanMeta | null {
  const doc = documents?.find((d) => d.isCchcPlan);
  return doc ? { number: doc.number, issuer: doc.issuer, issuedAt: doc.issuedAt } : null;
}

/** Fills what the text did not say from the document record; what the text says wins. */
export function withMeta(parsed: ParsedPlan, meta: PlanMeta | null): ParsedPlan {
  if (!meta) return parsed;
  const h = parsed.plan;
  return {
    ...parsed,
    plan: {
      ...h,
      number: h.number ?? meta.number,
      issuer: h.issuer ?? meta.issuer,
      date: h.date ?? meta.issuedAt,
      year: h.year ?? (meta.issuedAt ? Number(meta.issuedAt.slice(0, 4)) : null),
    },
  };
}
