import type { PageFacts } from '../schema/facts';
import { finish, type Steps } from '../time/steps';
import { withinCaps } from './caps';
import type { TaughtColumns } from './table';
import type { PageModule } from './types';

export function firstMatching(modules: readonly PageModule[], url: URL, doc: Document): PageModule | null {
  return modules.find((m) => m.matches(url, doc)) ?? null;
}

export interface Extracted {
  module: PageModule;
  facts: PageFacts;
  anchors: Map<string, Element>;
}

/** Classify and extract, in steps: the part of reading a page that needs no targets. */
export function* extractingWith(modules: readonly PageModule[], doc: Document, url: URL, taught: TaughtColumns = {}): Steps<Extracted | null> {
  const module = firstMatching(modules, url, doc);
  if (!module) return null;
  const { facts, anchors } = module.extractInSteps ? yield* module.extractInSteps(doc, url, taught) : module.extract(doc, url, taught);
  return { module, facts: withinCaps({ ...facts, kind: module.kind }), anchors };
}

/** Classify and extract, straight through. */
export const extractWith = (modules: readonly PageModule[], doc: Document, url: URL, taught: TaughtColumns = {}): Extracted | null =>
  finish(extractingWith(modules, doc, url, taught));
