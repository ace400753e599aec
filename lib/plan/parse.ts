import type { ParsedPlan } from '../schema/plan';
import { PlanInputError } from './errors';
import { foldOcr } from './normalise';
import { readDocument } from './document';
import { readHeader } from './header';
import { readResponsibilities } from './responsibilities';
import { readTargets } from './targets';
import { readTasks } from './tasks';

/** Reads a CCHC plan from its text: header, targets, tasks and unit responsibilities. */
export function parsePlan(text: string): ParsedPlan {
  const doc = readDocument(text.normalize('NFC').replace(/\r\n?/g, '\n'));
  const plan = readHeader(doc);
  const { responsibilities, tasks: duties } = readResponsibilities(doc, plan.year);
  return { plan, targets: readTargets(doc), tasks: [...readTasks(doc, plan.year), ...duties], responsibilities };
}

/** Signs that a text is a plan at all, besides a document number: the words a plan's title uses. */
const PLAN_WORDS = /\b(?:ke hoach|cai cach hanh chinh|cchc)\b/;

/**
 * Like `parsePlan`, for text from a file or a page: rejects empty text and
 * text with nothing of a plan in it, with a one-line reason for the user.
 */
export function parsePlanText(text: string): ParsedPlan {
  if (!text.trim()) throw new PlanInputError('Văn bản trống — không có gì để đọc.');
  const parsed = parsePlan(text);
  if (!parsed.plan.number && !PLAN_WORDS.test(foldOcr(text.slice(0, 5000)))) {
    throw new PlanInputError('Văn bản không phải kế hoạch cải cách hành chính: không có số hiệu hay tên kế hoạch.');
  }
  return parsed;
}
