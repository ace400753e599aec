/*
 * What an OCR makes of Vietnamese letters, as rewrites from what it printed
 * to what was written, each with a cost (−log of how often it happens, by
 * eye on OCR'd plans). The restorer tries every spelling the rewrites reach
 * and lets the syllable model choose among those that are real syllables.
 */

/** [printed, written, cost] on folded text (lower case, no diacritics, đ→d). */
const REWRITES: ReadonlyArray<readonly [string, string, number]> = [
  // Letters read as digits or symbols: s6 → số, k& → kế, 1y → lý, td1 → tới, nhi€m → nhiệm.
  ['6', 'o', 0.3],
  ['0', 'o', 1.0],
  ['&', 'e', 0.3],
  ['&', 'o', 1.5],
  ['€', 'e', 0.3],
  ['€', '', 0.6],
  ['¢', 'e', 0.3],
  ['¢', '', 0.6],
  ['8', 'e', 1.5],
  ['4', 'a', 1.0],
  ['1', 'l', 0.5],
  ['1', 'i', 1.0],
  ['1', '', 1.2],
  ['i', 'l', 0.8],
  // ư and u with a hook or dot: phwong → phường, chirc → chức, ciia → của, ctia → của, stra → sửa, vy → vụ.
  ['w', 'u', 0.6],
  ['uw', 'u', 0.8],
  ['ir', 'u', 0.8],
  ['ur', 'u', 1.0],
  ['iv', 'u', 1.2],
  ['yu', 'u', 1.2],
  ['ii', 'u', 1.0],
  ['it', 'u', 1.2],
  ['ti', 'u', 1.2],
  ['tr', 'u', 1.2],
  ['ui', 'u', 1.5],
  ['tu', 'u', 1.5],
  ['t', 'u', 1.6],
  ['tr', 'tu', 1.0],
  ['y', 'u', 1.2],
  ['i', 'u', 1.8],
  // Vowels with a circumflex, breve or dot read as d or g: chdm → chấm, hudng → hướng, dugc → được, dg → độ.
  ['d', 'a', 1.0],
  ['d', 'o', 1.2],
  ['d', 'e', 1.4],
  ['g', 'o', 1.4],
  ['g', '', 1.6],
  ['b', 'o', 1.5],
  ['e', 'a', 1.0],
  ['e', 'c', 1.8],
  ['a', 'u', 1.8],
  ['i', 'a', 1.8],
  ['e', 'o', 1.2],
  ['y', 'o', 1.5],
  ['mg', 'ng', 0.8],
  ['rn', 'm', 1.2],
  ['r', 'u', 1.8],
  ['c', 'e', 1.6],
  // A mark read as a letter of its own: trudce → trước, cuodng → cường, céan → căn, vé6i → với.
  ['ce', 'c', 1.2],
  ['e', '', 1.8],
  ['d', '', 1.8],
  ['m', 'n', 2.0],
  // Đ read as P or b: PICH → ĐÍCH, Qb → QĐ.
  ['p', 'd', 1.0],
  ['b', 'd', 1.8],
];

const MAX_REWRITES = 3;
const MAX_COST = 4.5;
const LOST_VOWEL = 1.5;

/**
 * The printed word as the rewrites read it: lower case, diacritics dropped
 * (the OCR's own marks are too unreliable to narrow the search), đ→d.
 */
export function printedForm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * Every spelling within a few rewrites of `printed`, with the cheapest cost
 * to reach it. `known` says which spellings are worth keeping (the folded
 * forms of real syllables), so the search returns only those.
 */
export function spellings(printed: string, known: (folded: string) => boolean): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (at: number, built: string, cost: number, used: number) => {
    if (at === printed.length) {
      if (known(built) && cost < (found.get(built) ?? Infinity)) found.set(built, cost);
      return;
    }
    walk(at + 1, built + printed[at], cost, used);
    if (used === MAX_REWRITES) return;
    for (const [from, to, c] of REWRITES) {
      if (cost + c > MAX_COST || !printed.startsWith(from, at)) continue;
      walk(at + from.length, built + to, cost + c, used + 1);
    }
  };
  walk(0, '', 0, 0);
  // A word of consonants only lost its accented vowel altogether: b → bổ, cch → cách, s → số.
  if (!/[aeiouy]/.test(printed) && printed.length <= 3) {
    for (let at = 1; at <= printed.length; at++) {
      for (const vowel of 'aeiouy') {
        const built = printed.slice(0, at) + vowel + printed.slice(at);
        if (known(built) && LOST_VOWEL < (found.get(built) ?? Infinity)) found.set(built, LOST_VOWEL);
      }
    }
  }
  return found;
}
