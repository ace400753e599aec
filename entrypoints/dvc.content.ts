import { startObserving } from '@/lib/content/runner';
import { browserEnv } from '@/lib/content/browserEnv';
import { dvcFamily } from '@/lib/pages/families';
import { dvcIndicators } from '@/lib/checks/families';
import { NATIONAL_PORTAL_MATCHES } from '@/lib/hosts/provinces';
import { RUN_AT } from '@/lib/hosts/registration';

/** National portal (in the manifest) and provincial portals (registered at run time). */
export default defineContentScript({
  matches: NATIONAL_PORTAL_MATCHES,
  runAt: RUN_AT,
  main() {
    void startObserving(document, browserEnv(), dvcFamily, dvcIndicators);
  },
});
