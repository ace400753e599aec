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

const KIND_NAMES: Readonly<Record<DocumentKind, string>> = {
  ke_hoach: 'kế hoạch',
  quyet_dinh: 'quyết định không kèm kế hoạch',
  bao_cao: 'báo cáo',
  cong_van: 'công văn',
  to_trinh: 'tờ trình',
  thong_bao: 'thông báo',
  khac: 'văn bản khác',
};

/** Why a document that is not a plan has nothing to save, and where its plan is when it names one. */
function notAPlan(parsed: ParsedPlan): NotAPlanError {
  const info = parsed.document!;
  const number = parsed.plan.number ? ` số ${parsed.plan.number}` : '';
  const what = `Đây là ${KIND_NAMES[info.kind]}${number}, không phải kế hoạch`;
  if (info.kind === 'bao_cao') return new NotAPlanError(`${what}: kết quả và số liệu thống kê của báo cáo không phải chỉ tiêu, nên không có gì để lưu.`);
  if (info.refersTo.length) return new NotAPlanError(`${what}. Văn bản này nói tới Kế hoạch số ${info.refersTo.join(', ')} — hãy nhập chính kế hoạch đó.`);
  return new NotAPlanError(`${what} — không có chỉ tiêu hay nhiệm vụ nào để lưu.`);
}

/** Signs that a text is a plan at all, besides a document number: the words a plan's title uses. */
const PLAN_WORDS = /\b(?:ke hoach|cai cach hanh chinh|cchc)\b/;

/** Far longer than any plan with its appendices; reading more would only freeze the page. */
export const MAX_PLAN_CHARS = 2_000_000;

/** Refuses a text longer than any plan by its length alone, before it is shown or read. */
export function refuseOverlongText(length: number): void {
  if (length > MAX_PLAN_CHARS) {
    throw new PlanInputError(`Văn bản quá dài (${Math.round(length / 1000)} nghìn ký tự): một kế hoạch, kể cả phụ lục, thường dưới 2 triệu ký tự.`);
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
  if (!text.trim()) throw new PlanInputError('Văn bản trống — không có gì để đọc.');
  refuseOverlongText(text.length);
  if (looksLikeJson(text)) throw new PlanInputError('Đây là dữ liệu JSON (tệp sao lưu hoặc tệp xuất), không phải văn bản kế hoạch.');
  const opening = text.slice(0, 5000);
  if (!PLAN_WORDS.test(foldOcr(opening)) && !readHeader(readDocument(opening)).number) {
    throw new PlanInputError('Văn bản không phải kế hoạch cải cách hành chính: không có số hiệu hay tên kế hoạch.');
  }
  const parsed = parsePlan(text);
  if (parsed.document && parsed.document.kind !== 'ke_hoach' && !parsed.targets.length && !parsed.tasks.length) throw notAPlan(parsed);
  return restorePlan(parsed, text);
}
