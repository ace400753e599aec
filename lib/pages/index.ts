import type { Language } from '../i18n';
import type { PageKind } from '../schema/facts';
import { firstMatching } from './extract';
import { pageModules } from './registry';
import type { PageModule } from './types';

export type { Extraction, PageModule } from './types';
export { pageModules };

const OTHER_PAGE: Record<Language, string> = { vi: 'Trang khác', en: 'Other page' };

/** What a person calls a kind of page, as its module names it. */
export function kindName(kind: PageKind, language: Language): string {
  if (kind === 'unknown') return OTHER_PAGE[language];
  // The kind list of the schema and the registry are written together: one out of date with the other does not compile here.
  const read: (typeof pageModules)[number]['kind'] = kind;
  return pageModules.find((m) => m.kind === read)!.name[language];
}

export function pageModuleFor(url: URL, doc: Document): PageModule | null {
  return firstMatching(pageModules, url, doc);
}

export function classifyPage(url: URL, doc: Document): PageKind {
  return pageModuleFor(url, doc)?.kind ?? 'unknown';
}
