import { startObserving } from '@/lib/content/runner';
import { browserEnv } from '@/lib/content/browserEnv';
import { dvcFamily } from '@/lib/pages/families';
import { NATIONAL_PORTAL_MATCHES } from '@/lib/hosts/provinces';

/** National portal (in the manifest) and provincial portals (registered at run time). */
export default defineContentScript({
  matches: NATIONAL_PORTAL_MATCHES,
  runAt: 'document_idle',
  main() {
    void startObserving(document, browserEnv(), dvcFamily);
  },
});
