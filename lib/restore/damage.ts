import type { SyllableModel } from './model';
import { modelForm, pieces } from './tokens';
import { fold } from '../text/fold';

/** Above this share of damaged words, a text is treated as OCR that lost its marks. */
const DAMAGED_SHARE = 0.2;

/**
 * Whether `text` looks like OCR that lost its diacritics: too many of its
 * words are either spelled without marks where the language nearly always
 * has them ("hanh chinh", "nhiem vu"), or have digits and symbols inside
 * ("s6", "k&", "1y"). Typed Vietnamese has few of either.
 */
export function looksDamaged(text: string, model: SyllableModel): boolean {
  let words = 0;
  let damaged = 0;
  for (const p of pieces(text.slice(0, 20_000))) {
    if (p.kind !== 'word') continue;
    const word = modelForm(p.text);
    if (/[0-9&€¢]/.test(word)) {
      words += 1;
      damaged += 1;
      continue;
    }
    const forms = model.byFolded(fold(word));
    if (!forms.length) continue;
    words += 1;
    const likeliest = forms.reduce((a, b) => (model.count(b) > model.count(a) ? b : a));
    if (word === fold(word) && model.word(likeliest) !== word) damaged += 1;
  }
  return words > 0 && damaged / words > DAMAGED_SHARE;
}
