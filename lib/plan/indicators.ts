import { CATALOGUE } from '../indicators/catalogue';
import type { Area } from '../schema/plan';
import { deletions } from './units';
import { foldOcr, words } from './normalise';

/*
 * Maps the wording of a target to a canonical indicator key. Plans word the
 * same indicator many ways and OCR damages words, so the match is on folded
 * keywords: an indicator fits when most of the content words of one of its
 * phrases occur in the target's wording, each word allowed one OCR edit.
 */

/** Words too common in plans to tell indicators apart. */
const STOP = new Set(
  'cac cua va duoc ty le trong voi cho la nhung mot ve theo tai khi dat hoac nay da se ma thi tat ca 100'.split(' '),
);

interface Phrase {
  key: string;
  area: Area;
  words: string[];
  /** For each word, its one-deletion variants (empty for words under 5 letters, which must match exactly). */
  variants: string[][];
}

const phrases: Phrase[] = CATALOGUE.flatMap((ind) =>
  [ind.vi, ...ind.phrases].map((p) => ({
    key: ind.key,
    area: ind.area,
    words: [...new Set(words(foldOcr(p)).filter((w) => !STOP.has(w)))],
  })),
).map((p) => ({ ...p, variants: p.words.map((w) => (w.length >= 5 ? deletions(w) : [])) }));

/*
 * Words shared by many indicators ("dịch vụ công", "trực tuyến") say less than
 * words only one has ("hài lòng", "định danh"): each word weighs log(N / n),
 * n being the number of indicators whose phrases use it.
 */
const indicatorsUsing = new Map<string, Set<string>>();
for (const p of phrases) for (const w of p.words) indicatorsUsing.set(w, (indicatorsUsing.get(w) ?? new Set()).add(p.key));
const weight = (w: string) => Math.log((CATALOGUE.length + 1) / indicatorsUsing.get(w)!.size);

/** Share of a phrase's words that must be present for the phrase to fit. */
const MIN_SHARE = 0.7;

export interface IndicatorMatch {
  key: string;
  area: Area;
}

/** The indicator a target's wording names, or null when none fits well enough. */
export function matchIndicator(wording: string): IndicatorMatch | null {
  const present = new Set(words(foldOcr(wording)));
  const near = new Set<string>();
  for (const w of present) if (w.length >= 5) for (const d of deletions(w)) near.add(d);
  let best: { phrase: Phrase; share: number; hits: number } | null = null;
  for (const phrase of phrases) {
    let exact = 0;
    let fuzzy = 0;
    let found = 0;
    let total = 0;
    phrase.words.forEach((w, i) => {
      total += weight(w);
      // A near-miss counts half: OCR damage is likelier than a different word, but not certain.
      if (present.has(w)) {
        exact++;
        found += weight(w);
      } else if (phrase.variants[i].some((d) => near.has(d))) {
        fuzzy++;
        found += weight(w) / 2;
      }
    });
    // Near-misses only help a phrase already mostly present: "lop" ~ "lap" alone proves nothing.
    if (fuzzy > exact) continue;
    const hits = exact + fuzzy;
    const share = found / total;
    if (share < MIN_SHARE || hits < Math.min(3, phrase.words.length)) continue;
    if (!best || share > best.share || (share === best.share && hits > best.hits)) best = { phrase, share, hits };
  }
  return best ? { key: best.phrase.key, area: best.phrase.area } : null;
}
