import type { ParsedPlan } from '../schema/plan';
import { PlanInputError } from './errors';
import { foldOcr } from './normalise';
import { readDocument } from './document';
import { readHeader } from './header';
import { readResponsibilities } from './responsibilities';
import { readTargets } from './targets';
import { readTasks } from './tasks';
import { restorePlan } from '../restore/plan';

/** Reads a CCHC plan from its text: header, targets, tasks and unit responsibilities. */
export function parsePlan(text: string): ParsedPlan {
  const doc = readDocument(text.normalize('NFC').replace(/\r\n?/g, '\n'));
  const plan = readHeader(doc);
  const { responsibilities, tasks: duties } = readResponsibilities(doc, plan.year);
  return { plan, targets: readTargets(doc), tasks: [...readTasks(doc, plan.year), ...duties], responsibilities };
}

/** Signs that a text is a plan at all, besides a document number: the words a plan's title uses. */
const PLAN_WORDS = /\b(?:ke hoach|cai cach hanh chinh|cchc)\b/;

/** Far longer than any plan with its appendices; reading more would only freeze the page. */
export const MAX_PLAN_CHARS = 2_000_000;

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
  if (!text.trim()) throw new PlanInputError('Văn bản trống — không có gì để đọc.');
  if (text.length > MAX_PLAN_CHARS) {
    throw new PlanInputError(`Văn bản quá dài (${Math.round(text.length / 1000)} nghìn ký tự): một kế hoạch, kể cả phụ lục, thường dưới 2 triệu ký tự.`);
  }
  if (looksLikeJson(text)) throw new PlanInputError('Đây là dữ liệu JSON (tệp sao lưu hoặc tệp xuất), không phải văn bản kế hoạch.');
  const opening = text.slice(0, 5000);
  if (!PLAN_WORDS.test(foldOcr(opening)) && !readHeader(readDocument(opening)).number) {
    throw new PlanInputError('Văn bản không phải kế hoạch cải cách hành chính: không có số hiệu hay tên kế hoạch.');
  }
  return restorePlan(parsePlan(text), text);
}
