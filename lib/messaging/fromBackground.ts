import * as z from 'zod/mini';
import { answerOf, type NoAnswer } from './answer';
import type { ToBackground } from './toBackground';

/*
 * background → content script: the answer to each message a content script
 * sends, validated where it arrives. zod/mini, like every schema a content
 * script loads, and only the kinds of schema these need (object, literal,
 * string, number, array, union): each other kind adds its own code to every
 * script (a record 0.6 KB gzipped, a discriminated union 0.5 KB, an enum or an
 * optional field 0.25 KB). An object keeps only the fields its schema names.
 */

/** A message refused or not carried out, in words for the log and the page's badge. */
export const Refusal = z.object({ ok: z.literal(false), error: z.string() });
export type Refusal = z.infer<typeof Refusal>;

export const TargetInForce = z.object({
  indicator: z.string(),
  comparator: z.literal(['gte', 'gt', 'lte', 'lt']),
  value: z.number(),
  source: z.string(),
  text: z.string(),
});
export const TargetsReply = z.object({
  ok: z.literal(true),
  targets: z.array(TargetInForce),
  language: z.literal(['vi', 'en']),
  /** The columns the person pointed at on the sender's host, field → header (folded): any key, each a string. */
  columns: z.catchall(z.object({}), z.string()),
  /** Findings the person set aside: they leave the page's count as they leave the panel's. */
  dismissed: z.array(z.string()),
});
/** The page's records were stored: how many. */
export const StoredReply = z.object({ ok: z.literal(true), stored: z.number() });
export const DoneReply = z.object({ ok: z.literal(true) });

const replies = {
  'targets.get': z.union([TargetsReply, Refusal]),
  'page.observed': z.union([StoredReply, Refusal]),
  'page.left': z.union([DoneReply, Refusal]),
} satisfies Record<ToBackground['type'], z.ZodMiniType>;

export type ReplyTo<T extends ToBackground['type']> = z.infer<(typeof replies)[T]>;
/**
 * What the background answers. A refusal may also say that nothing could be
 * saved because the browser's storage is full: the background flags it on the
 * toolbar; the page needs only the words.
 */
export type BackgroundReply = Exclude<ReplyTo<ToBackground['type']>, Refusal> | (Refusal & { storageFull?: true });
/** The reply each message a content script sends is answered with. */
export const BackgroundReplies: { [T in ToBackground['type']]: z.ZodMiniType<ReplyTo<T>> } = replies;

/** Sends a message to the background and reads the answer by that message's reply. */
export function ask<T extends ToBackground['type']>(send: (message: ToBackground) => Promise<unknown>, message: ToBackground & { type: T }): Promise<ReplyTo<T> | NoAnswer> {
  return answerOf(BackgroundReplies[message.type], () => send(message));
}
