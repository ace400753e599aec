import * as z from 'zod/mini';

/**
 * extension pages → content script (through tabs.sendMessage). Written with
 * zod/mini: content scripts run on every portal page and must stay small.
 */
export const FocusFinding = z.strictObject({ type: z.literal('finding.focus'), id: z.string() });
export const Reobserve = z.strictObject({ type: z.literal('page.reobserve') });
export const ToContent = z.discriminatedUnion('type', [FocusFinding, Reobserve]);
export type ToContent = z.infer<typeof ToContent>;
