import type { BackgroundReply } from '../messaging/fromBackground';
import type { Stored } from './handlers';

/** Where a message's answer goes: the sender's reply, the sender's tab afterwards, the toolbar. */
interface ReplyRoutes {
  respond(reply: unknown): void;
  /** Words for the sender's tab, once its reply has gone. */
  tellTab(error: string): void;
  flagStorageFull(error: string): void;
}

/**
 * Answers a content script's message once: with the first answer the
 * handling gives (an observed page's findings go before they are stored),
 * else with its outcome. A failure after the answer went is told to the
 * sender's tab, so the page still shows it.
 */
export function replyTo(handling: (answer: (reply: unknown) => void) => Promise<BackgroundReply | Stored>, routes: ReplyRoutes): Promise<void> {
  let answered = false;
  const answer = (reply: unknown) => {
    answered = true;
    routes.respond(reply);
  };
  const failed = (error: string) => (answered ? routes.tellTab(error) : routes.respond({ ok: false, error }));
  return handling(answer).then(
    (outcome) => {
      // Also on the toolbar: the page's own badge is gone once the person moves on.
      if (!outcome.ok && 'storageFull' in outcome) routes.flagStorageFull(outcome.error);
      if (!outcome.ok) failed(outcome.error);
      else if (!answered) routes.respond(outcome);
    },
    (e: unknown) => failed(e instanceof Error ? e.message : String(e)),
  );
}
