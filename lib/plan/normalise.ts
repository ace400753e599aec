import { fold } from '../text/fold';

/*
 * Plans reach us typed, copied from PDFs or OCR'd from scans. Matching is done
 * on a "search form" of the text: folded like `fold()` (no diacritics, lower
 * case) but one character per character, so a match found in the search form
 * is the same slice of the original text. OCR repairs below keep that length.
 */

const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let out = foldedChars.get(ch);
  if (out === undefined) {
    const f = /\s/.test(ch) ? ' ' : fold(ch);
    out = f.length === 1 ? f : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ' ';
    foldedChars.set(ch, out);
  }
  return out;
}

/** Pads a repaired word with spaces so the search form keeps the original's length. */
const padTo = (word: string) => (match: string) => word.padEnd(match.length, ' ');

/** OCR misreadings of Vietnamese words, as [pattern, same-length replacement]. */
const OCR_WORDS: ReadonlyArray<readonly [RegExp, string | ((match: string) => string)]> = [
  // `ty 1&`, `ty 18`, `ty 1e` for "tỷ lệ"
  [/\bty [1l][e8&€¢]/g, 'ty le'],
  [/\bt[o6d]i thi[ec]u\b/g, 'toi thieu'],
  [/\bn[ai]m (?=\d{4})/g, 'nam '],
  [/\bndm\b/g, 'nam'],
  [/\bd[uw][go]c\b/g, 'duoc'],
  [/\bdugc\b/g, 'duoc'],
  [/\btr[od] [1l]en\b/g, 'tro len'],
  // "Iy", "1y" for "lý"; "xir", "xtr" for "xử"; "hd so" for "hồ sơ"; "st", "sit", "sir" for "sử" (dụng)
  [/\biy\b/g, 'ly'],
  [/\btheng\b/g, 'thang'],
  [/\bx(?:ir|tr|u)\b/g, padTo('xu')],
  [/\bhd so\b/g, 'ho so'],
  [/\bs(?:t|it|ir|tr|u) dung\b/g, (m) => 'su'.padEnd(m.length - 5, ' ') + ' dung'],
];

/** Letters OCR turns into digits or symbols inside words (s6 → so, 1ap → lap, k& → ke). */
const OCR_GLYPHS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '6': 'o', '&': 'e', '€': 'e', '¢': 'e' };
// Starts only at a word start, so a long word is scanned once.
const MIXED_TOKEN = /(?<![a-z])[a-z]*[016&€¢][a-z016&€¢]*/g;

function repairToken(token: string): string {
  // Only tokens that mix letters with look-alike glyphs: "2026", "02/nq-cp" stay.
  if (!/[a-z]/.test(token) || token.length > 6) return token;
  return token.replace(/[016&€¢]/g, (g) => OCR_GLYPHS[g]);
}

/**
 * The search form of `text`: same length, lower case, no diacritics, đ→d,
 * whitespace as single spaces (not collapsed), common OCR damage repaired.
 */
export function searchForm(text: string): string {
  const chars: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII needs no folding beyond lower case and blanks: the common case, kept fast.
    chars[i] = code < 128 ? (code <= 32 ? ' ' : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]) : foldChar(text[i]);
  }
  let out = chars.join('');
  out = out.replace(MIXED_TOKEN, repairToken);
  for (const [pattern, replacement] of OCR_WORDS) {
    // Two calls because String.replace has separate overloads for a string and a function.
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}

/** Folded text with OCR repairs and collapsed spaces: the key form for comparing phrases. */
export function foldOcr(text: string): string {
  return searchForm(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** Words of a folded text (letters and digits only). */
export function words(folded: string): string[] {
  return folded.match(/[a-z0-9]+/g) ?? [];
}

/** Collapses line breaks and runs of spaces: how a sentence is shown to users. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
