/**
 * Free text the extractors return (procedure names, titles, summaries) can
 * carry what Nghị định 13/2023/NĐ-CP protects. These patterns strip what can
 * be recognised: e-mails, phone numbers, CCCD/CMND numbers and the name that
 * follows a form of address.
 */
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;
const PHONE = /(?:\+84|\b0)(?:[\s.-]?\d){8,10}\b/g;
const ID_NUMBER = /\b\d{9}(?:\d{3})?\b/g;
const ADDRESSED_NAME = /(?<!\p{L})(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[cC]ông dân|[cC]hủ hồ sơ)\s+(?:\p{Lu}\p{Ll}*\s*){2,5}/gu;

export function withoutPersonalData(text: string): string {
  return text
    .replace(EMAIL, '…')
    .replace(PHONE, '…')
    .replace(ID_NUMBER, '…')
    .replace(ADDRESSED_NAME, '… ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Free text as stored: cleaned, or null when nothing is left. */
export function freeText(text: string | null | undefined): string | null {
  if (!text) return null;
  const clean = withoutPersonalData(text);
  return clean || null;
}
