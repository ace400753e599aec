import { pageShortfalls } from '../checks/shortfalls';
import { db, type PageRow } from '../db/db';
import type { Finding, FindingStatus, PageReport } from '../schema/facts';

/** "Trang này": the page the panel speaks about and the findings the person set aside. */
export interface ThisPageData {
  /** The page open in the tab, else the last page read in any tab; null before any page was read. */
  page: PageRow | null;
  isCurrent: boolean;
  dismissed: ReadonlySet<string>;
}

export async function loadThisPage(tabId: number | null): Promise<ThisPageData> {
  const database = db();
  const [current, dismissals] = await Promise.all([tabId === null ? undefined : database.pages.get(tabId), database.dismissals.toArray()]);
  const page = current ?? (await database.pages.toArray()).sort((a, b) => b.observedAt - a.observedAt)[0] ?? null;
  return { page, isCurrent: !!current, dismissed: new Set(dismissals.map((d) => d.id)) };
}

export const dismissFinding = (id: string, now = Date.now()) => db().dismissals.put({ id, at: now });
export const restoreFinding = (id: string) => db().dismissals.delete(id);

/** The procedure each dossier on the page belongs to, kept with the page so its card can name it. */
export function subjectNames(report: PageReport): Record<string, string> {
  const names: Record<string, string> = {};
  for (const d of report.dossiers ?? []) if (d.procedureName) names[d.code] = d.procedureName;
  if (report.procedure?.code && report.procedure.name) names[report.procedure.code] = report.procedure.name;
  return names;
}

/** What the page shows by default: what falls short. */
export type StatusFilter = FindingStatus | 'all';

export interface Filters {
  indicator: string;
  status: StatusFilter;
  showDismissed: boolean;
}

/**
 * A rate over the list, with the dossiers it counts: their own findings for the
 * same indicator, only those the rate's denominator holds (met or not met), so
 * "3/4" lists four. Dossiers outside the indicator's population, or whose page
 * did not show the fact, are not in it.
 */
export interface RateRow {
  finding: Finding;
  dossiers: Finding[];
}

/** A dossier's finding the list's rate counted: its verdict was met or not met, as the tally counts it. */
const countedInRate = (f: Finding): boolean => f.status === 'pass' || f.status === 'fail';

/** One dossier (or procedure): its findings, worst first. */
export interface SubjectCard {
  subject: string;
  procedure: string | null;
  worst: FindingStatus;
  findings: Finding[];
}

export interface PageSummary {
  /** Findings on the page: zero means nothing on it could be checked. */
  checked: number;
  /** Findings that fall short and were not set aside. */
  fails: number;
  /** Findings set aside ("đã biết / bỏ qua"). */
  hidden: number;
}

const ORDER: Record<FindingStatus, number> = { fail: 0, na: 1, pass: 2 };
const byStatus = (a: Finding, b: Finding) => ORDER[a.status] - ORDER[b.status];

export function pageSummary(findings: readonly Finding[], dismissed: ReadonlySet<string>): PageSummary {
  return {
    checked: findings.length,
    fails: pageShortfalls(findings, dismissed).findings,
    hidden: findings.filter((f) => dismissed.has(f.id)).length,
  };
}

/** The indicators that appear on the page, for the filter. */
export const pageIndicators = (findings: readonly Finding[]): string[] => [
  ...new Set(findings.map((f) => f.indicator).filter((i): i is string => !!i)),
];

/** The list's rates and the dossiers' cards that pass the filters. */
export function pageCards(page: PageRow, dismissed: ReadonlySet<string>, filters: Filters): { rates: RateRow[]; cards: SubjectCard[] } {
  const shown = page.findings.filter(
    (f) =>
      (filters.showDismissed || !dismissed.has(f.id)) &&
      (!filters.indicator || f.indicator === filters.indicator) &&
      (filters.status === 'all' || f.status === filters.status),
  );
  const perDossier = page.findings.filter((f) => f.subject !== 'list');
  const rates = shown
    .filter((f) => f.subject === 'list')
    .sort(byStatus)
    .map((finding) => ({ finding, dossiers: perDossier.filter((d) => d.indicator === finding.indicator && countedInRate(d)).sort(byStatus) }));
  const groups = new Map<string, Finding[]>();
  for (const f of shown) if (f.subject !== 'list') groups.set(f.subject, [...(groups.get(f.subject) ?? []), f]);
  const cards = [...groups]
    .map(([subject, list]) => {
      const findings = [...list].sort(byStatus);
      return { subject, procedure: page.subjects?.[subject] ?? null, worst: findings[0].status, findings };
    })
    .sort((a, b) => ORDER[a.worst] - ORDER[b.worst]);
  return { rates, cards };
}
