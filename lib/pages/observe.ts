import { runChecks } from '../checks';
import type { TargetInForce } from '../indicators/targets';
import type { PageFacts, PageReport } from '../schema/facts';
import { withinCaps } from './caps';
import type { TaughtColumns } from './table';
import type { PageModule } from './types';

export interface Observed {
  report: PageReport;
  /** Each finding's subject → the element to mark. */
  anchors: Map<string, Element>;
}

export function firstMatching(modules: readonly PageModule[], url: URL, doc: Document): PageModule | null {
  return modules.find((m) => m.matches(url, doc)) ?? null;
}

export interface Extracted {
  module: PageModule;
  facts: PageFacts;
  anchors: Map<string, Element>;
}

/** Classify and extract: the part of reading a page that needs no targets. */
export function extractWith(modules: readonly PageModule[], doc: Document, url: URL, taught: TaughtColumns = {}): Extracted | null {
  const module = firstMatching(modules, url, doc);
  if (!module) return null;
  const { facts, anchors } = module.extract(doc, url, taught);
  return { module, facts: withinCaps({ ...facts, kind: module.kind }), anchors };
}

export function checkExtracted(extracted: Extracted | null, targets: readonly TargetInForce[], today: string): Observed {
  if (!extracted) return { report: { kind: 'unknown', findings: [] }, anchors: new Map() };
  return { report: { ...extracted.facts, findings: runChecks(extracted.facts, targets, today) }, anchors: extracted.anchors };
}

/**
 * Classify, extract, check, over the given page kinds. Content scripts pass
 * their portal family's modules only, so each bundles only what it can read.
 */
export function observeWith(
  modules: readonly PageModule[],
  doc: Document,
  url: URL,
  targets: readonly TargetInForce[],
  today: string,
): Observed {
  return checkExtracted(extractWith(modules, doc, url), targets, today);
}
