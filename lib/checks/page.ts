import type { TargetInForce } from '../indicators/targets';
import { pageModules } from '../pages';
import { extractWith, type Extracted } from '../pages/extract';
import type { PageReport } from '../schema/facts';
import { todayInVietnam } from '../time/dates';
import { runChecks } from '.';

/** A page read and checked: its report, and the element to mark for each finding's subject. */
export interface CheckedPage {
  report: PageReport;
  anchors: Map<string, Element>;
}

/** The page's facts with the findings the targets in force give on them. */
export function checkExtracted(extracted: Extracted | null, targets: readonly TargetInForce[], today: string): CheckedPage {
  if (!extracted) return { report: { kind: 'unknown', findings: [] }, anchors: new Map() };
  return { report: { ...extracted.facts, findings: runChecks(extracted.facts, targets, today) }, anchors: extracted.anchors };
}

/**
 * Classify, extract and check a page against every page kind: what
 * `npm run observe` and the tests do. Content scripts call `checkExtracted`
 * with their portal family's modules only, so each bundles only what it can read.
 */
export function checkPage(doc: Document, url: URL, targets: readonly TargetInForce[], today: string = todayInVietnam()): CheckedPage {
  return checkExtracted(extractWith(pageModules, doc, url), targets, today);
}
