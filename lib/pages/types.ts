import type { Language } from '../i18n';
import type { PageFacts, PageKind } from '../schema/facts';
import type { PortalFamily } from '../schema/settings';
import type { Steps } from '../time/steps';
import type { TaughtColumns } from './table';

/** What an extractor returns: the facts, and where each finding's subject is shown on the page. */
export interface Extraction {
  /** The page's kind is not among them: it is the module's `kind`, added by `extractWith`. */
  facts: Partial<Omit<PageFacts, 'kind'>>;
  /** Subject (dossier code, feedback code, procedure code, or 'list') → element to highlight. */
  anchors: Map<string, Element>;
}

/**
 * One page kind: what it is called, which systems show it, how to recognise it
 * and how to read it. The kind list of the schema, the registry, the families'
 * scripts and the side panel's names all come from these modules
 * (`npm run -s page-kinds` writes the lists; a test fails while they are out of date).
 */
export interface PageModule<K extends string = Exclude<PageKind, 'unknown'>> {
  kind: K;
  /**
   * Set when the page lists subjects (a table, one per row) rather than shows
   * one (label–value pairs). The registry tries list kinds first: a list
   * page's search summary has labels a one-subject classifier could take for a
   * subject's.
   */
  list?: true;
  /** The systems (content scripts) whose pages can be of this kind. */
  families: readonly PortalFamily[];
  /** What a person calls this kind of page, in each language of the interface: a missing one does not compile. */
  name: Record<Language, string>;
  matches(url: URL, doc: Document): boolean;
  /** `taught`: the columns the person pointed at on this host, by field. */
  extract(doc: Document, url: URL, taught?: TaughtColumns): Extraction;
  /** The same reading a row at a time, for a list long enough to hold the page's main thread: a content script gives way between rows. */
  extractInSteps?(doc: Document, url: URL, taught?: TaughtColumns): Steps<Extraction>;
}

/**
 * A page kind's module, its kind kept as written. A new kind compiles on its
 * own; it joins the kind list, the registry and its families' scripts when
 * `npm run -s page-kinds` writes them.
 */
export const definePageKind = <K extends string>(module: PageModule<K>): PageModule<K> => module;
