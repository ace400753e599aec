import type { QlvbDocument } from '../schema/facts';
import { fold } from '../text/fold';
import { firstDateIn } from './dates';
import { freeText } from './privacy';

/** Labels (folded) of document-management systems, in lists and on document pages alike. */
export const DOCUMENT_LABELS = {
  number: ['so ky hieu', 'so, ky hieu', 'so/ky hieu', 'ky hieu'],
  issuer: ['don vi ban hanh', 'co quan ban hanh', 'noi ban hanh', 'noi gui'],
  summary: ['trich yeu', 'trich yeu noi dung', 'noi dung'],
  issued: ['ngay van ban', 'ngay ban hanh', 'ngay ky'],
  received: ['ngay den', 'ngay nhan'],
  due: ['han xu ly', 'han giai quyet'],
  urgency: ['do khan', 'muc do khan'],
  type: ['loai van ban', 'the loai'],
} as const;

export type DocumentField = keyof typeof DOCUMENT_LABELS;

function urgencyOf(text: string): QlvbDocument['urgency'] {
  const f = fold(text);
  if (!f) return null;
  if (f.includes('hoa toc')) return 'flash';
  if (f.includes('thuong khan')) return 'very_urgent';
  if (f.includes('khan')) return 'urgent';
  if (f.includes('thuong')) return 'normal';
  return null;
}

/** A plan (kế hoạch, "/KH-" in its number) about administrative reform: the UI offers to read it. */
export function isCchcPlan(number: string, type: string, ...texts: string[]): boolean {
  const isPlan = /\/KH\b|\/KH-/i.test(number) || fold(type).includes('ke hoach');
  return isPlan && texts.some((t) => /cai cach hanh chinh|\bcchc\b/.test(fold(t)));
}

/** One document from the texts beside its labels; null without a document number (số ký hiệu has a "/"). */
export function toDocument(read: (field: DocumentField) => string, title = ''): QlvbDocument | null {
  const number = read('number').split(' ')[0];
  if (!number.includes('/')) return null;
  const summary = freeText(read('summary')) ?? freeText(title);
  const type = freeText(read('type'));
  return {
    number,
    issuer: freeText(read('issuer')),
    summary,
    issuedAt: firstDateIn(read('issued')),
    receivedAt: firstDateIn(read('received')),
    dueAt: firstDateIn(read('due')),
    urgency: urgencyOf(read('urgency')),
    type,
    isCchcPlan: isCchcPlan(number, type ?? '', summary ?? '', title),
  };
}
