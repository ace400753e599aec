/*
 * Cutting text into the pieces the restorer works on. The same cutting is
 * used to train the syllable model and to restore, so both see one kind of
 * token: a word (letters, and the digits and symbols OCR puts in their place),
 * a number-like chunk (numbers, dates, document numbers: never changed, one
 * class "<n>" to the model) and a break (punctuation that ends a phrase).
 */

/** The model's token for the start or end of a phrase. */
export const BREAK = '<s>';
/** The model's token for any number, date or document number. */
export const NUMBER = '<n>';

/** Characters OCR emits in place of Vietnamese letters (s6 → số, k& → kế, 1y → lý, nhi€m → nhiệm). */
const GLYPHS = '01468&€¢';
const WORD = new RegExp(`^[\\p{L}${GLYPHS}]+$`, 'u');
const HAS_LETTER = /\p{L}/u;
/** Digits and letters are mixed in numbers like "2.1.", "15/7/2021", "49/KH-UBND", "60-NQ/TU", "2021-2030". */
const NUMBER_LIKE = /^\d+(?:[./,-]\d*)*\.?$|\d[/-]|[/-]\d|\/|^\d{3,}/;
/** Chapter numbers and list letters: "II.", "a)", which the model must not read as syllables. */
const ROMAN = /^[IVXL]+$/;
const LEAD = /^[("“'‘[]+/;
const TRAIL = /[)"”'’\].,;:!?…]+$/;

export type Piece =
  /** A word the restorer may change: `start`..`end` in the text. */
  | { kind: 'word'; start: number; end: number; text: string }
  /** Text kept as it is; `token` is what the model sees in its place. */
  | { kind: 'keep'; token: typeof NUMBER | typeof BREAK | null };

function classifyCore(core: string, trail: string): 'word' | 'number' | 'other' {
  if (!core) return 'other';
  if (NUMBER_LIKE.test(core) && /\d/.test(core)) return 'number';
  if (!WORD.test(core)) return 'other';
  if (/^\d+$/.test(core)) return 'number';
  if (ROMAN.test(core) && (trail.startsWith('.') || core.length > 1)) return 'other';
  if (core.length === 1 && trail.startsWith(')')) return 'other';
  // A word must hold a letter, or be a glyph pair like "1&" (lệ): never a bare digit run.
  if (!HAS_LETTER.test(core) && !/[&€¢]/.test(core)) return 'number';
  return 'word';
}

/** Splits `text` into pieces, in order; every word piece points back into `text`. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const chunk = m[0];
    const lead = LEAD.exec(chunk)?.[0] ?? '';
    const rest = chunk.slice(lead.length);
    const trail = TRAIL.exec(rest)?.[0] ?? '';
    const core = rest.slice(0, rest.length - trail.length);
    if (lead) out.push({ kind: 'keep', token: BREAK });
    // "ty 18": the "lệ" of "tỷ lệ" read as a number; any other 18 is a number.
    const last = out[out.length - 1];
    const kind = /^1[8&€¢e]$/.test(core) && last?.kind === 'word' && /^t[yỷ]$/i.test(last.text) ? 'word' : classifyCore(core, trail);
    if (kind === 'word') {
      const start = (m.index ?? 0) + lead.length;
      out.push({ kind: 'word', start, end: start + core.length, text: core });
    } else if (kind === 'number') {
      out.push({ kind: 'keep', token: NUMBER });
    } else if (core) {
      out.push({ kind: 'keep', token: /^[-–—+*•]+$/.test(core) ? BREAK : null });
    }
    if (/[,.;:!?)…"”]/.test(trail)) out.push({ kind: 'keep', token: BREAK });
  }
  return out;
}

/** Lower case, NFC: the form under which the model keeps a syllable. */
export const modelForm = (word: string): string => word.normalize('NFC').toLowerCase();

/**
 * The tokens the model is trained on: words in model form, numbers as "<n>",
 * phrases separated by "<s>". Text that is neither (codes like "KH-UBND") is
 * left out without breaking the phrase.
 */
export function trainingTokens(text: string): string[] {
  const out: string[] = [BREAK];
  for (const p of pieces(text)) {
    const token = p.kind === 'word' ? modelForm(p.text) : p.token;
    if (token === null) continue;
    if (token === BREAK && out[out.length - 1] === BREAK) continue;
    out.push(token);
  }
  if (out[out.length - 1] !== BREAK) out.push(BREAK);
  return out;
}
