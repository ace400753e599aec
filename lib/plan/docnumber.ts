/*
 * Vietnamese document numbers ("số hiệu văn bản"): 49/KH-UBND, 60-NQ/TU,
 * 118/2025/NĐ-CP. OCR reads Đ as P, b or D ("132/QP-UBND"), so the type
 * letters are repaired to the spelling the user knows.
 */

/** A document number in the original text (case-sensitive on the type letters). */
export const DOC_NUMBER = /\b(\d{1,4}(?:\/\d{4})?\s*[/-]\s*[A-ZĐ][A-Za-zĐđ]{0,7}(?:\s*[/-]\s*[A-ZĐ][A-Za-zĐđ0-9]{0,9}){1,2})/g;

const TYPE_REPAIRS: Readonly<Record<string, string>> = { QP: 'QĐ', QB: 'QĐ', QD: 'QĐ', ND: 'NĐ', HDND: 'HĐND', CD: 'CĐ', TD: 'TĐ' };

/** Normalises a document number: no spaces, OCR'd type letters repaired ("132/Qb-UBND" → "132/QĐ-UBND"). */
export function normaliseDocNumber(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .split(/([/-])/)
    .map((part) => TYPE_REPAIRS[part.toUpperCase()] ?? part)
    .join('');
}

/** Every document number cited in `text`, normalised, in order, without repeats. */
export function docNumbersIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(DOC_NUMBER)) found.add(normaliseDocNumber(m[1]));
  return [...found];
}
