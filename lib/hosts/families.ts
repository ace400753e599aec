import type { PageKind } from '../schema/facts';
import type { PortalFamily, PortalHost } from '../schema/settings';
import { pageModules } from '../pages';
import { NATIONAL_PORTAL_HOSTS } from './provinces';

/**
 * The page kinds a host may report: those of the families of script it runs
 * (the national portal's, or the families the person gave it). A one-stop
 * page cannot report a 766 index, nor a page on an unknown host anything.
 */
export function kindsOfHost(hostname: string, hosts: readonly PortalHost[]): Set<PageKind> {
  const families = new Set<PortalFamily>();
  for (const h of [...NATIONAL_PORTAL_HOSTS, ...hosts]) if (h.host === hostname) families.add(h.family);
  return new Set(pageModules.filter((m) => m.families.some((f) => families.has(f))).map((m) => m.kind));
}
