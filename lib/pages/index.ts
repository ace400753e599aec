import type { Language } from '../i18n';
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
export const pageModules = [
  onestopDossierList,
  feedbackList,
  dvcIndex,
  qlvbDocumentList,
  onestopDossier,
  dvcProcedure,
  qlvbDocument,
] as const satisfies readonly PageModule[];

const OTHER_PAGE: Record<Language, string> = { vi: 'Trang khác', en: 'Other page' };

/** What a person calls a kind of page, as its module names it. */
export function kindName(kind: PageKind, language: Language): string {
  if (kind === 'unknown') return OTHER_PAGE[language];
  // A kind listed in lib/schema/facts.ts that no module of this list reads does not compile here.
  const read: (typeof pageModules)[number]['kind'] = kind;
  return pageModules.find((m) => m.kind === read)!.name[language];
}

export function pageModuleFor(url: URL, doc: Document): PageModule | null {
  return firstMatching(pageModules, url, doc);
}

export function classifyPage(url: URL, doc: Document): PageKind {
  return pageModuleFor(url, doc)?.kind ?? 'unknown';
}
