import { runChecks } from '../checks';
import type { TargetInput } from '../checks/types';
import type { PageFacts, PageKind, PageReport } from '../schema/facts';
import { todayInVietnam } from './dates';
import { dvcIndex } from './dvcIndex';
import { dvcProcedure } from './dvcProcedure';
import { feedbackList } from './feedbackList';
import { onestopDossier } from './onestopDossier';
import { onestopDossierList } from './onestopDossierList';
import { qlvbDocument } from './qlvbDocument';
import { qlvbDocumentList } from './qlvbDocumentList';
import type { PageModule } from './types';

export type { Extraction, PageModule } from './types';

/**
 * Every page kind the extension reads, most specific first: the first module
 * whose classifier accepts the page reads it. A province's portal is one more
 * module in this list.
 */
export const pageModules: readonly PageModule[] = [
  onestopDossierList,
  feedbackList,
  dvcIndex,
  qlvbDocumentList,
  onestopDossier,
  dvcProcedure,
  qlvbDocument,
];

export function pageModuleFor(url: URL, doc: Document): PageModule | null {
  return pageModules.find((m) => m.matches(url, doc)) ?? null;
}

export function classifyPage(url: URL, doc: Document): PageKind {
  return pageModuleFor(url, doc)?.kind ?? 'unknown';
}

/**
 * What the content script and `npm run observe` both do with a page: classify,
 * extract, check. Anchors map each finding's subject to the element to mark.
 */
export function observePage(
  doc: Document,
  url: URL,
  targets: readonly TargetInput[],
  today: string = todayInVietnam(),
): { report: PageReport; anchors: Map<string, Element> } {
  const module = pageModuleFor(url, doc);
  if (!module) return { report: { kind: 'unknown', findings: [] }, anchors: new Map() };
  const { facts, anchors } = module.extract(doc, url);
  const full: PageFacts = { ...facts, kind: module.kind };
  return { report: { ...full, findings: runChecks(full, targets, today) }, anchors };
}
