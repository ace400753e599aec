import type { PageKind } from '../schema/facts';
import { firstMatching } from './extract';
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
  return firstMatching(pageModules, url, doc);
}

export function classifyPage(url: URL, doc: Document): PageKind {
  return pageModuleFor(url, doc)?.kind ?? 'unknown';
}
