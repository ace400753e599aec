import { CATALOGUE } from '../indicators/catalogue';
import type { Area } from '../schema/plan';
import { closeWords, deletions } from './units';
import { foldOcr, words } from './normalise';

/*
 * Maps the wording of a target to a canonical indicator key. Plans word the
 * same indicator many ways and OCR damages words, so the match is on folded
 * keywords: an indicator fits when most of the content words of one of its
 * phrases occur in the target's wording, each word allowed one OCR edit, and
 * they occur as the phrase joins them. Vietnamese words are syllables, and a
 * term is two or more of them: "dữ liệu" from "cơ sở dữ liệu" and "dụng"
 * heard in "đúng" do not make "tái sử dụng dữ liệu".
 */

/**
 * Words too common in plans to tell indicators apart. Folded, "tại" (at) is
 * "tái" (re-) of "tái sử dụng": it stays a word.
 */
const STOP = new Set('cac cua va duoc ty le trong voi cho la nhung mot ve theo khi dat hoac nay da se ma thi tat ca 100'.split(' '));

interface Phrase {
  key: string;
  area: Area;
  /** Content words, each once. */
  words: string[];
  /** Content words in the phrase's order. */
  sequence: string[];
  /** For each word, its one-deletion variants (empty for words under 5 letters, which must match exactly). */
  variants: string[][];
}

const contentWords = (text: string) => words(foldOcr(text)).filter((w) => !STOP.has(w));

const phrases: Phrase[] = CATALOGUE.flatMap((ind) =>
  [ind.vi, ...ind.phrases].map((p) => {
    const sequence = contentWords(p);
    return { key: ind.key, area: ind.area, sequence, words: [...new Set(sequence)] };
  }),
).map((p) => ({ ...p, variants: p.words.map((w) => (w.length >= 5 ? deletions(w) : [])) }));

/** More than this share of the phrase's word pairs must be in the wording in order, next to each other or one word apart. */
const MIN_PAIR_SHARE = 0.5;
/** A phrase this short is one term: every word of it must be there ("tái sử dụng dữ liệu" is not "sử dụng dữ liệu"). */
const ONE_TERM = 5;

/** For each pair of neighbouring words of the phrase, whether the wording has them in that order (one word between allowed). */
function pairsFound(sequence: string[], text: string[]): boolean[] {
  return sequence.slice(1).map((b, i) => {
    const a = sequence[i];
    return text.some((w, k) =>
      [text[k + 1], text[k + 2]].some(
        // OCR may damage one of the two words, not both.
        (v) => v !== undefined && ((w === a && closeWords(v, b)) || (v === b && closeWords(w, a))),
      ),
    );
  });
}

/*
 * Words shared by many indicators ("dịch vụ công", "trực tuyến") say less than
 * words only one has ("hài lòng", "định danh"): each word weighs log(N / n),
 * n being the number of indicators whose phrases use it.
 */
const indicatorsUsing = new Map<string, Set<string>>();
for (const p of phrases) for (const w of p.words) indicatorsUsing.set(w, (indicatorsUsing.get(w) ?? new Set()).add(p.key));
const weight = (w: string) => Math.log((CATALOGUE.length + 1) / indicatorsUsing.get(w)!.size);

/*
 * A phrase that names its plan ("nhiệm vụ trong Kế hoạch CCHC") does not fit a
 * wording that names another one ("nhiệm vụ … theo kế hoạch chuyển đổi số"):
 * the word after "kế hoạch" says which plan, unless it is a time ("kế hoạch
 * năm 2026"). "CCHC" and "cải cách hành chính" name the same plan.
 */
const NOT_A_SUBJECT = new Set('nam quy thang giai doan nay de ra tren'.split(' '));
const SAME_SUBJECT: Record<string, string> = { cai: 'cchc' };
function planNamed(sequence: readonly string[]): string | null {
  for (let i = 0; i + 2 < sequence.length; i++) {
    if (sequence[i] !== 'ke' || sequence[i + 1] !== 'hoach') continue;
    const next = sequence[i + 2];
    if (/^\d/.test(next) || NOT_A_SUBJECT.has(next)) continue;
    return SAME_SUBJECT[next] ?? next;
  }
  return null;
}
const namesAnotherPlan = (phrase: readonly string[], text: readonly string[]) => {
  const own = planNamed(phrase);
  const named = own && planNamed(text);
  return Boolean(named && named !== own);
};

/** Share of a phrase's words that must be present for the phrase to fit. */
const MIN_SHARE = 0.7;

export interface IndicatorMatch {
  key: string;
  area: Area;
}

/** The indicator a target's wording names, or null when none fits well enough. */
export function matchIndicator(wording: string): IndicatorMatch | null {
  const text = contentWords(wording);
  const present = new Set(words(foldOcr(wording)));
  const near = new Set<string>();
  for (const w of present) if (w.length >= 5) for (const d of deletions(w)) near.add(d);
  let best: { phrase: Phrase; share: number; hits: number } | null = null;
  for (const phrase of phrases) {
    if (namesAnotherPlan(phrase.sequence, text)) continue;
    const pairs = pairsFound(phrase.sequence, text);
    // A word counts where it stands beside a neighbour of the phrase: "toán" of "thanh toán" is not "toàn" of "toàn trình".
    const joined = new Set(phrase.sequence.length < 2 ? phrase.sequence : phrase.sequence.filter((_, i) => pairs[i - 1] || pairs[i]));
    let exact = 0;
    let fuzzy = 0;
    let found = 0;
    let total = 0;
    phrase.words.forEach((w, i) => {
      total += weight(w);
      if (!joined.has(w)) return;
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
    if (phrase.words.length <= ONE_TERM && hits < phrase.words.length) continue;
    if (pairs.length && pairs.filter(Boolean).length <= pairs.length * MIN_PAIR_SHARE) continue;
    if (!best || share > best.share || (share === best.share && hits > best.hits)) best = { phrase, share, hits };
  }
  return best ? { key: best.phrase.key, area: best.phrase.area } : null;
}
