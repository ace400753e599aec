import type { PageFacts, PageKind } from '../schema/facts';
import type { Steps } from '../time/steps';
import type { TaughtColumns } from './table';

/** What an extractor returns: the facts, and where each finding's subject is shown on the page. */
export interface Extraction {
  facts: Partial<PageFacts>;
  /** Subject (dossier code, feedback code, procedure code, or 'list') → element to highlight. */
  anchors: Map<string, Element>;
}

/** One page kind of one portal: how to recognise it and how to read it. */
export interface PageModule {
  kind: PageKind;
  matches(url: URL, doc: Document): boolean;
  /** `taught`: the columns the person pointed at on this host, by field. */
  extract(doc: Document, url: URL, taught?: TaughtColumns): Extraction;
  /** The same reading a row at a time, for a list long enough to hold the page's main thread: a content script gives way between rows. */
  extractInSteps?(doc: Document, url: URL, taught?: TaughtColumns): Steps<Extraction>;
}
