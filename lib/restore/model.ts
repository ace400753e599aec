/*
 * The syllable model: how likely a Vietnamese syllable is after another,
 * from counts taken on the project's own administrative text and a
 * dictionary's syllable list (see scripts/restore-model.ts). Smoothed by
 * interpolated Kneser-Ney, so a syllable seen in few contexts is not trusted
 * as a continuation of everything, and a syllable known only from the
 * dictionary still has a small chance.
 */
import { fold } from '../text/fold';
import { BREAK } from './tokens';

/** The stored model, as scripts/restore-model.ts writes it. */
export interface ModelData {
  /** Syllables in model form (lower case, NFC); 0 is "<s>", 1 is "<n>". */
  words: string[];
  /** How often each syllable was seen in the training text (0 for dictionary-only syllables). */
  counts: number[];
  /** Pairs seen in the training text: [previous, next, count] flattened. */
  pairs: number[];
}

const DISCOUNT = 0.75;

export interface SyllableModel {
  /** Syllables whose folded form (no diacritics, đ→d) is `key`. */
  byFolded(key: string): readonly number[];
  id(word: string): number | undefined;
  word(id: number): string;
  /** Times the syllable was seen in the training text. */
  count(id: number): number;
  /** −log P(next | previous). */
  cost(previous: number, next: number): number;
  /** −log of the weight `previous` leaves to continuations it was never seen with (0 for an unseen context). */
  backoffCost(previous: number): number;
  /** −log P of `next` as a continuation of a context that never had it. */
  continuationCost(next: number): number;
  /** Syllables seen after `previous`, with their counts. */
  seenAfter(previous: number): ReadonlyMap<number, number> | undefined;
  /** −log P for a word the model has never seen (kept as the person wrote it). */
  readonly unknownCost: number;
  readonly breakId: number;
}

export function loadModel(data: ModelData): SyllableModel {
  const n = data.words.length;
  const ids = new Map<string, number>();
  const folded = new Map<string, number[]>();
  data.words.forEach((w, i) => {
    ids.set(w, i);
    const key = fold(w);
    const list = folded.get(key);
    if (list) list.push(i);
    else folded.set(key, [i]);
  });

  const followers = new Map<number, Map<number, number>>();
  const contextTotal = new Float64Array(n);
  const distinctNext = new Float64Array(n);
  const distinctPrev = new Float64Array(n);
  let distinctPairs = 0;
  for (let k = 0; k < data.pairs.length; k += 3) {
    const [a, b, c] = [data.pairs[k], data.pairs[k + 1], data.pairs[k + 2]];
    let row = followers.get(a);
    if (!row) followers.set(a, (row = new Map()));
    row.set(b, c);
    contextTotal[a] += c;
    distinctNext[a] += 1;
    distinctPrev[b] += 1;
    distinctPairs += 1;
  }
  // Continuation chance, with half a context lent to every syllable so dictionary-only ones are possible.
  const lend = 0.5;
  const continuationTotal = distinctPairs + lend * n;
  const continuation = (b: number) => (distinctPrev[b] + lend) / continuationTotal;

  return {
    byFolded: (key) => folded.get(key) ?? [],
    id: (word) => ids.get(word),
    word: (id) => data.words[id],
    count: (id) => data.counts[id],
    breakId: ids.get(BREAK) ?? 0,
    unknownCost: -Math.log(lend / continuationTotal / 4),
    backoffCost: (previous) => (contextTotal[previous] === 0 ? 0 : -Math.log((DISCOUNT * distinctNext[previous]) / contextTotal[previous])),
    continuationCost: (next) => -Math.log(continuation(next)),
    seenAfter: (previous) => followers.get(previous),
    cost(previous, next) {
      const total = contextTotal[previous];
      if (total === 0) return -Math.log(continuation(next));
      const seen = followers.get(previous)?.get(next) ?? 0;
      return -Math.log(Math.max(seen - DISCOUNT, 0) / total + ((DISCOUNT * distinctNext[previous]) / total) * continuation(next));
    },
  };
}
