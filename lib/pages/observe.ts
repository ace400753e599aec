import { runChecks } from '../checks';
import type { TargetInput } from '../checks/types';
import type { PageFacts, PageReport } from '../schema/facts';
import type { PageModule } from './types';

export interface Observed {
  report: PageReport;
  /** Each finding's subject → the element to mark. */
  anchors: Map<string, Element>;
}

export function firstMatching(modules: readonly PageModule[], url: URL, doc: Document): PageModule | null {
  return modules.find((m) => m.matches(url, doc)) ?? null;
}

/**
 * Classify, extract, check, over the given page kinds. Content scripts pass
 * their portal family's modules only, so each bundles only what it can read.
 */
export function observeWith(
  modules: readonly PageModule[],
  doc: Document,
  url: URL,
  targets: readonly TargetInput[],
  today: string,
): Observed {
  const module = firstMatching(modules, url, doc);
  if (!module) return { report: { kind: 'unknown', findings: [] }, anchors: new Map() };
  const { facts, anchors } = module.extract(doc, url);
  const full: PageFacts = { ...facts, kind: module.kind };
  return { report: { ...full, findings: runChecks(full, targets, today) }, anchors };
}
