import type { PageFacts, PageKind } from '../schema/facts';

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
  extract(doc: Document, url: URL): Extraction;
}
