import { startObserving } from '@/lib/content/runner';
import { browserEnv } from '@/lib/content/browserEnv';
import { qlvbFamily } from '@/lib/pages/families';
import { qlvbIndicators } from '@/lib/checks/families';

/** Document-management systems: hosts the user adds, registered at run time. */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    void startObserving(document, browserEnv(), qlvbFamily, qlvbIndicators);
  },
});
