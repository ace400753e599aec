import * as z from 'zod/mini';

/** background → content script. zod/mini, like every schema a content script loads. */
export const TargetInForce = z.object({
  indicator: z.string(),
  comparator: z.enum(['gte', 'gt', 'lte', 'lt']),
  value: z.number(),
  source: z.string(),
  text: z.string(),
});
export const TargetsReply = z.object({
  ok: z.literal(true),
  targets: z.array(TargetInForce),
  language: z.enum(['vi', 'en']),
  /** The columns the person pointed at on the sender's host, field → header (folded). */
  columns: z.record(z.string(), z.string()),
  /** Findings the person set aside: they leave the page's count as they leave the panel's. */
  dismissed: z.optional(z.array(z.string())),
});
export type TargetsReply = z.infer<typeof TargetsReply>;
