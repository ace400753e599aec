import { z } from 'zod';
import { PageFacts } from '../schema/facts';

/**
 * Every message that crosses a context boundary. Each side validates what it
 * receives: a malformed message is answered with an error and changes nothing.
 */

/** content script → background */
/**
 * The page's address and host are the sender's, as the browser gives them: a message cannot name them.
 * A page reports what it shows, never verdicts on it: the background checks the facts and answers with its findings.
 */
export const PageObserved = z.strictObject({
  type: z.literal('page.observed'),
  title: z.string().max(500),
  facts: PageFacts,
});
export const PageLeft = z.strictObject({ type: z.literal('page.left') });
const PageSettingsRequest = z.strictObject({ type: z.literal('page.settings') });

export const ToBackground = z.discriminatedUnion('type', [PageObserved, PageLeft, PageSettingsRequest]);
export type ToBackground = z.infer<typeof ToBackground>;
