import type { DocumentKind, ParsedPlan } from '../schema/plan';
import { NotAPlanError, PlanInputError } from './errors';
import { foldOcr } from './normalise';
import { readDocument } from './document';
import { readHeader } from './header';
import { documentKind, isPlanDocument } from './kind';
import { readResponsibilities } from './responsibilities';
import { readTargets } from './targets';
import { progressTasks } from './progress';
import { readTasks } from './tasks';
import { restorePlan } from '../restore/plan';

/**
 * Reads a CCHC plan from its text: header, targets, tasks and unit
 * responsibilities. A document that is not a plan (a report, a công văn)
 * gives its header and kind only: a report's results are not targets.
 */
export function parsePlan(text: string): ParsedPlan {
  const doc = readDocument(text.normalize('NFC').replace(/\r\n?/g, '\n'));
  const plan = readHeader(doc);
  const document = documentKind(doc);
  if (!isPlanDocument(document, doc)) return { plan, targets: [], tasks: [], responsibilities: [], document };
  const { responsibilities, tasks: duties } = readResponsibilities(doc, plan.year);
  return { plan, targets: readTargets(doc), tasks: [...readTasks(doc, plan.year, plan.issuer), ...progressTasks(doc, plan.year), ...duties], responsibilities, document };
}

/**
 * Why a document that is not a plan has nothing to save, and where its plan is when it names one.
 * The document is named by its kind and number, worded with the rest where the reason is shown.
 */
function notAPlan(parsed: ParsedPlan, kind: Exclude<DocumentKind, 'ke_hoach'>): NotAPlanError {
  const refersTo = parsed.document?.refersTo ?? [];
  const kindName = { key: `documentKind_${kind}` } as const;
  const number = parsed.plan.number;
  const document = number ? { key: 'planInputNumbered', params: { kind: kindName, number } } as const : kindName;
  if (kind === 'bao_cao') return new NotAPlanError({ key: 'planInputReport', params: { document } });
  if (refersTo.length) return new NotAPlanError({ key: 'planInputRefersTo', params: { document, plans: refersTo.join(', ') } });
  return new NotAPlanError({ key: 'planInputNothingToSave', params: { document } });
}

/** Signs that a text is a plan at all, besides a document number: the words a plan's title uses. */
const PLAN_WORDS = /\b(?:ke hoach|cai cach hanh chinh|cchc)\b/;

/** Far longer than any plan with its appendices; reading more would only freeze the page. */
export const MAX_PLAN_CHARS = 2_000_000;

/** Refuses a text longer than any plan by its length alone, before it is shown or read. */
export function refuseOverlongText(length: number): void {
  if (length > MAX_PLAN_CHARS) {
    throw new PlanInputError({ key: 'planInputTooLong', params: { thousands: Math.round(length / 1000) } });
  }
}

/** A JSON file (a backup, an export, another program's data) pasted or picked in place of a plan. */
function looksLikeJson(text: string): boolean {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

/**
 * Like `parsePlan`, for text from a file or a page: rejects empty, oversized
 * and JSON text, and text with nothing of a plan in it, with a one-line
 * reason for the user. The cheap checks come first, so garbage is refused
 * without reading it whole. OCR that lost its diacritics is read, then what
 * the person reads of it is restored (the OCR's wording kept beside it).
 */
export function parsePlanText(text: string): ParsedPlan {
  if (!text.trim()) throw new PlanInputError({ key: 'planInputEmpty' });
  refuseOverlongText(text.length);
  if (looksLikeJson(text)) throw new PlanInputError({ key: 'planInputJson' });
  const opening = text.slice(0, 5000);
  if (!PLAN_WORDS.test(foldOcr(opening)) && !readHeader(readDocument(opening)).number) {
    throw new PlanInputError({ key: 'planInputNoPlan' });
  }
  const parsed = parsePlan(text);
  const kind = parsed.document?.kind;
  if (kind && kind !== 'ke_hoach' && !parsed.targets.length && !parsed.tasks.length) throw notAPlan(parsed, kind);
  return restorePlan(parsed, text);
}
