import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { answerOf, type NoAnswer } from './answer';

/*
 * extension pages and the background → content script (through tabs.sendMessage), and the
 * content script's answers. Written with zod/mini: content scripts run on every
 * portal page and must stay small.
 */
export const FocusFinding = z.strictObject({ type: z.literal('finding.focus'), id: z.string() });
export const Reobserve = z.strictObject({ type: z.literal('page.reobserve') });
/** From the background: the page's findings were answered, but storing them then failed (a full disk, say), in words for the person. */
const Unsaved = z.strictObject({ type: z.literal('page.unsaved'), error: z.string() });
// A plain union: a discriminated one would add its own code to every content script for three members.
export const ToContent = z.union([FocusFinding, Reobserve, Unsaved]);
export type ToContent = z.infer<typeof ToContent>;

const Refused = z.object({ ok: z.literal(false), error: z.string() });
const replies = {
  /** Whether the page shows that finding and moved to it. */
  'finding.focus': z.union([z.object({ ok: z.boolean() }), Refused]),
  'page.reobserve': z.union([z.object({ ok: z.literal(true) }), Refused]),
  'page.unsaved': z.union([z.object({ ok: z.literal(true) }), Refused]),
} satisfies Record<ToContent['type'], z.ZodMiniType>;

export type ContentReplyTo<T extends ToContent['type']> = z.infer<(typeof replies)[T]>;
/** Every answer a content script gives, a refusal of a message it could not read included. */
export type ContentReply = ContentReplyTo<ToContent['type']>;
/** The reply each message to a content script is answered with. */
export const ContentReplies: { [T in ToContent['type']]: z.ZodMiniType<ContentReplyTo<T>> } = replies;

/**
 * Tells the content script of a tab something and reads its answer. A tab
 * without the script (closed, another site, not yet loaded) answers nothing.
 */
export function tellPage<T extends ToContent['type']>(tabId: number, message: ToContent & { type: T }): Promise<ContentReplyTo<T> | NoAnswer> {
  return answerOf(ContentReplies[message.type], () => browser.tabs.sendMessage(tabId, message));
}
