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

/** What a page's script needs before it reads the page. */
const PageSettingsReply = z.object({
  ok: z.literal(true),
  /** The language its marks speak. */
  language: z.literal(['vi', 'en']),
  /** The columns the person pointed at on the sender's host, field → header (folded): any key, each a string. */
  columns: z.catchall(z.object({}), z.string()),
});
/**
 * A shortfall the page marks: the finding, the item it belongs to (a
 * dossier's code, or `list` for the list's rates) and its words, already
 * in the person's language. Only failing findings the person has not set
 * aside are sent: each one is a mark, and together they are the page's count.
 */
export const Shortfall = z.object({ id: z.string(), subject: z.string(), words: z.string() });
export type Shortfall = z.infer<typeof Shortfall>;
/** The background's findings on the facts a page sent, answered before it stores them. */
const ShortfallsReply = z.object({ ok: z.literal(true), shortfalls: z.array(Shortfall) });
export const DoneReply = z.object({ ok: z.literal(true) });

const replies = {
  'page.settings': z.union([PageSettingsReply, Refusal]),
  'page.observed': z.union([ShortfallsReply, Refusal]),
  'page.left': z.union([DoneReply, Refusal]),
} satisfies Record<ToBackground['type'], z.ZodMiniType>;

export type ReplyTo<T extends ToBackground['type']> = z.infer<(typeof replies)[T]>;
/** What the background answers a content script. */
export type BackgroundReply = ReplyTo<ToBackground['type']>;
/** The reply each message a content script sends is answered with. */
export const BackgroundReplies: { [T in ToBackground['type']]: z.ZodMiniType<ReplyTo<T>> } = replies;

/** Sends a message to the background and reads the answer by that message's reply. */
export function ask<T extends ToBackground['type']>(send: (message: ToBackground) => Promise<unknown>, message: ToBackground & { type: T }): Promise<ReplyTo<T> | NoAnswer> {
  return answerOf(BackgroundReplies[message.type], () => send(message));
}
