import { browser } from 'wxt/browser';
import type { PortalHost } from '../schema/settings';
import { matchPatternOf } from './provinces';
import { registrationsFor } from './registration';

/**
 * Makes the registered content scripts match the hosts the user added and
 * the browser granted. Called at start-up and whenever the host list changes.
 */
export async function syncContentScripts(hosts: PortalHost[]): Promise<string[]> {
  const grantedPatterns = new Set<string>();
  for (const { host } of hosts) {
    const pattern = matchPatternOf(host);
    if (await browser.permissions.contains({ origins: [pattern] })) grantedPatterns.add(pattern);
  }
  const wanted = registrationsFor(hosts, (p) => grantedPatterns.has(p));
  const existing = await browser.scripting.getRegisteredContentScripts();
  const ours = existing.filter((s) => s.id.startsWith('cchc-')).map((s) => s.id);
  if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours });
  if (wanted.length) await browser.scripting.registerContentScripts(wanted);
  return [...grantedPatterns];
}
