import type { PortalFamily, PortalHost } from '../schema/settings';
import { matchPatternOf } from './provinces';

/** The built file of each family's content script, as WXT writes a plain script (entrypoints/<family>.ts). */
export const scriptFileOf: Record<PortalFamily, string> = {
  dvc: 'dvc.js',
  onestop: 'onestop.js',
  qlvb: 'qlvb.js',
};

/**
 * Scripts start with the document, though they read the page only after its
 * load event: one injected at document_end or document_idle holds the page's
 * load event until it has run, and Chromium lays out and paints the page
 * first (the load event of a 1,000-row list came 0.5–1 s late). Started
 * early, a script costs the load only its own evaluation.
 */
export const RUN_AT = 'document_start';

export interface ScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  runAt: typeof RUN_AT;
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
    runAt: RUN_AT,
    persistAcrossSessions: true,
  }));
}
