import type { Language } from '../i18n';
import type { PageFacts, PageKind } from '../schema/facts';
import type { PortalFamily } from '../schema/settings';
import type { Steps } from '../time/steps';
import type { TaughtColumns } from './table';

/** What an extractor returns: the facts, and where each finding's subject is shown on the page. */
export interface Extraction {
  facts: Partial<PageFacts>;
  /** Subject (dossier code, feedback code, procedure code, or 'list') → element to highlight. */
  anchors: Map<string, Element>;
}

/**
 * One page kind: what it is called, which systems show it, how to recognise it
 * and how to read it. The registry, the families' scripts, the side panel's
 * names and the check of the kind list all come from these modules.
 */
export interface PageModule<K extends Exclude<PageKind, 'unknown'> = Exclude<PageKind, 'unknown'>> {
  kind: K;
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

/** A page kind's module, its kind kept as written so the registry can be checked against the kind list. */
export const definePageKind = <K extends Exclude<PageKind, 'unknown'>>(module: PageModule<K>): PageModule<K> => module;
