import type { PortalFamily, PortalHost } from '../schema/settings';
import { matchPatternOf } from './provinces';

/** The built file of each family's content script, as WXT writes it. */
export const scriptFileOf: Record<PortalFamily, string> = {
  dvc: 'content-scripts/dvc.js',
  onestop: 'content-scripts/onestop.js',
  qlvb: 'content-scripts/qlvb.js',
};

export interface ScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/**
 * One registration per family, covering every granted host of that family.
 * Hosts without a granted permission are left out: Chrome refuses to register
 * a script for a host the extension cannot access.
 */
export function registrationsFor(hosts: PortalHost[], granted: (pattern: string) => boolean): ScriptRegistration[] {
  const byFamily = new Map<PortalFamily, string[]>();
  for (const { host, family } of hosts) {
    const pattern = matchPatternOf(host);
    if (!granted(pattern)) continue;
    const list = byFamily.get(family) ?? [];
    if (!list.includes(pattern)) list.push(pattern);
    byFamily.set(family, list);
  }
  return [...byFamily].map(([family, matches]) => ({
    id: `cchc-${family}`,
    js: [scriptFileOf[family]],
    matches,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  }));
}
