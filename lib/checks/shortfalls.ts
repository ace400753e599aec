import type { Finding } from '../schema/facts';

/** What falls short on a page, counted once and named both ways. */
export interface Shortfalls {
  /** Failing findings not set aside, the list's rates included: the "điểm chưa đạt". */
  findings: number;
  /** Dossiers (or procedures, feedback items) with at least one such finding: the "hồ sơ chưa đạt". */
  dossiers: number;
}

/** Failing findings not set aside: each is a mark on the page, and together they are its count. */
export const openFindings = (findings: readonly Finding[], dismissed: ReadonlySet<string>): Finding[] =>
  findings.filter((f) => f.status === 'fail' && !dismissed.has(f.id));

/**
 * The one count of a page's shortfalls: the in-page badge, the popup and the
 * side panel all show it, and a finding set aside ("đã biết / bỏ qua")
 * leaves every one of them.
 */
export function pageShortfalls(findings: readonly Finding[], dismissed: ReadonlySet<string> = new Set()): Shortfalls {
  const open = openFindings(findings, dismissed);
  return { findings: open.length, dossiers: new Set(open.filter((f) => f.subject !== 'list').map((f) => f.subject)).size };
}
