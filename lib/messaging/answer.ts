import type * as z from 'zod/mini';
import { describeIssues } from '../schema/issues';

/** What the sender makes of no answer, or of one of another shape than the message's reply. */
export interface NoAnswer {
  ok: false;
  error: string;
}

/**
 * Asks, and reads the answer by the schema of that message's reply: the
 * receiver of an answer validates it as the receiver of a message does.
 */
export async function answerOf<R>(reply: z.ZodMiniType<R>, asking: () => Promise<unknown>): Promise<R | NoAnswer> {
  let raw: unknown;
  try {
    raw = await asking();
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const parsed = reply.safeParse(raw);
  return parsed.success ? parsed.data : { ok: false, error: `Trả lời không hợp lệ: ${describeIssues(parsed.error.issues)}` };
}
