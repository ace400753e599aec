import { memoize } from '../text/memo';

/**
 * Free text the extractors return (procedure names, titles, summaries) can
 * carry what Nghị định 13/2023/NĐ-CP protects. These patterns strip what can
 * be recognised: e-mails, phone numbers, CCCD/CMND numbers and the name that
 * follows a form of address.
 */
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;
// Digits are bounded by non-digits, not by word boundaries: textContent runs a
// name into the phone that follows it in a <small> ("Huy0366 789 012").
const PHONE = /(?:\+84|(?<!\d)0)(?:[\s.-]?\d){8,10}(?!\d)/g;
const ID_NUMBER = /(?<!\d)\d{9}(?:\d{3})?(?!\d)/g;
const ADDRESSED_NAME = /(?<!\p{L})(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[cC]ông dân|[cC]hủ hồ sơ)\s+(?:\p{Lu}\p{Ll}*\s*){2,5}/gu;

function clean(text: string): string {
  return text
    .replace(EMAIL, '…')
    .replace(PHONE, '…')
    .replace(ID_NUMBER, '…')
    .replace(ADDRESSED_NAME, '… ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const withoutPersonalData = memoize(clean);

/** A token (a code read off the page) that is, or holds, an e-mail, phone or ID number. */
export function isPersonalData(token: string): boolean {
  return withoutPersonalData(token) !== token.replace(/\s+/g, ' ').trim();
}

/** Free text as stored: cleaned, or null when nothing is left. */
export function freeText(text: string | null | undefined): string | null {
  if (!text) return null;
  const clean = withoutPersonalData(text);
  return clean || null;
}
