import { startObserving } from '@/lib/content/runner';
import { browserEnv } from '@/lib/content/browserEnv';
import { dvcFamily } from '@/lib/pages/families';

/**
 * National portal (listed in the manifest, see wxt.config.ts) and provincial portals (registered at run time).
 * A plain script, not WXT's content script: that wraps the script in a context it does not use, which tells
 * the page at start that the extension is there (an event and a window message) and stops on an event the
 * page can send too.
 */
export default defineUnlistedScript(() => {
  void startObserving(document, browserEnv(), dvcFamily);
});
