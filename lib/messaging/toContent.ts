import { z } from 'zod';

/** extension pages → content script (through tabs.sendMessage) */
export const FocusFinding = z.strictObject({ type: z.literal('finding.focus'), id: z.string() });
export const Reobserve = z.strictObject({ type: z.literal('page.reobserve') });
export const ToContent = z.discriminatedUnion('type', [FocusFinding, Reobserve]);
export type ToContent = z.infer<typeof ToContent>;
