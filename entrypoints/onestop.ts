import { startObserving } from '@/lib/content/runner';
import { browserEnv } from '@/lib/content/browserEnv';
import { onestopFamily } from '@/lib/pages/families';

/** Provincial one-stop systems: hosts the user adds, registered at run time (a plain script, as dvc.ts says why). */
export default defineUnlistedScript(() => {
  void startObserving(document, browserEnv(), onestopFamily);
});
