import { memoize } from './memo';

function foldOnce(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folds Vietnamese text to a comparable key: lower case, no diacritics, đ→d,
 * single spaces. Labels on portals and OCR'd plans differ mostly in exactly
 * these ways, so every matcher compares folded text.
 */
export const fold = memoize(foldOnce);
