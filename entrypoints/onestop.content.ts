import { startObserving } from '@/lib/content/runner';
import { browserEnv } from '@/lib/content/browserEnv';
import { onestopFamily } from '@/lib/pages/families';
import { onestopIndicators } from '@/lib/checks/families';

/** Provincial one-stop systems: hosts the user adds, registered at run time. */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    void startObserving(document, browserEnv(), onestopFamily, onestopIndicators);
  },
});
