/*
 * Restoring Vietnamese text an OCR has damaged: lost diacritics ("Ke hoach"),
 * letters read as digits or symbols ("s6", "k&", "1y"), and marks read wrong
 * ("tố chức" for "tổ chức"). Each word gets its candidate syllables (the
 * spellings the OCR rewrites reach, see channel.ts); the syllable model picks
 * the likeliest sequence (Viterbi). Only words change: spaces, line breaks,
 * punctuation, numbers, dates and document numbers stay exactly as they were.
 */
import { fold } from '../text/fold';
import { printedForm, spellings } from './channel';
import type { SyllableModel } from './model';
import { BREAK, NUMBER, modelForm, pieces, type Piece } from './tokens';

interface Candidate {
  /** Model id, or -1 for the word kept as printed (unknown to the model). */
  id: number;
  text: string;
  cost: number;
}

const MARKS = /[\u0300-\u036f]/;
const hasMarks = (word: string) => MARKS.test(word.normalize('NFD')) || /[đĐ]/.test(word);
const stripTone = (word: string) => word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');

const HOI = '\u0309';
const SAC = '\u0301';
/** The syllable with its tone mark replaced by `tone` (or dropped): "tố" → "tổ". */
const withTone = (word: string, tone: string) => {
  const nfd = word.normalize('NFD');
  const at = nfd.search(/[\u0300\u0301\u0303\u0309\u0323]/);
  return (at < 0 ? nfd : nfd.slice(0, at) + tone + nfd.slice(at + 1)).normalize('NFC');
};

/** Cost of reading `printed` (model form) as the syllable `written`, beyond the letter rewrites. */
function markCost(printed: string, written: string, damaged: boolean): number {
  if (printed === written) return 0;
  // Plain letters are sometimes right as they are (names like "Tam Thanh", codes): a slight preference for them.
  if (damaged) return hasMarks(printed) ? 0.4 : printed === fold(written) ? 0.3 : 0;
  // A text whose marks are mostly right: keep them, except the OCR engines' usual slips,
  // a hỏi read as sắc ("tố chức") or lost ("chi tiêu" for "chỉ tiêu", "tinh" for "tỉnh").
  const sameLetters = stripTone(printed) === stripTone(written);
  if (sameLetters && (withTone(printed, HOI) === written || withTone(written, SAC) === printed) ) return 1.2;
  if (sameLetters) return 2.5;
  return 5;
}

const MAX_CANDIDATES = 40;
const CANDIDATE_SPREAD = 3.5;
const TRUSTED_SPELLING = 0.8;
/** How much more a capitalised plain word (often a name: "Tam Thanh") holds to its letters without marks. */
const NAME_MARKS = 3;

function candidatesFor(word: string, model: SyllableModel, damaged: boolean): Candidate[] {
  const printed = modelForm(word);
  const out: Candidate[] = [];
  // Capitals without a vowel are abbreviations (CP, TT, HDND): only their Đ may be restored.
  const abbreviation = /^[BCDĐFGHJKLMNPQRSTVWXZ]{2,}$/.test(word);
  // A capitalised word of plain letters is often a name ("An Tuong"): its letters are trusted more.
  const letterWeight = /^\p{Lu}[a-z]+$/u.test(word) ? 1.6 : 1;
  const found = spellings(printedForm(word), (f) => model.byFolded(f).length > 0);
  // Letters that already spell a syllable are less likely to be misread ones.
  const spelled = found.get(printedForm(word)) === 0 ? TRUSTED_SPELLING : 0;
  for (const [folded, rewriteCost] of found) {
    if (abbreviation && rewriteCost > 0) continue;
    for (const id of model.byFolded(folded)) {
      const text = model.word(id);
      const marks = markCost(printed, text, damaged) * (letterWeight > 1 && damaged ? NAME_MARKS : 1);
      out.push({ id, text, cost: (rewriteCost ? rewriteCost * letterWeight + spelled : 0) + marks });
    }
  }
  const known = model.id(printed);
  if (known === undefined) out.push({ id: -1, text: printed, cost: damaged && /[0-9&€¢]/.test(printed) ? 6 : 2 });
  out.sort((a, b) => a.cost - b.cost);
  return out.filter((c, i) => i < MAX_CANDIDATES && c.cost <= out[0].cost + CANDIDATE_SPREAD);
}

/** Gives `written` the letter case of `printed`: "KE" → "KẾ", "Ke" → "Kế". */
function withCaseOf(printed: string, written: string): string {
  const letters = printed.replace(/[^\p{L}]/gu, '');
  // "Iy" is "lý" with its l read as a capital I.
  if (/^I/.test(printed) && written.startsWith('l')) return written;
  if (letters.length > 1 && letters === letters.toUpperCase()) return written.toUpperCase();
  if (/^[\p{Lu}]/u.test(printed) || (/^[^\p{L}]/u.test(printed) && /^\P{L}*\p{Lu}/u.test(printed))) {
    return written.charAt(0).toUpperCase() + written.slice(1);
  }
  return written;
}

type Word = Extract<Piece, { kind: 'word' }>;

/** The likeliest syllables for one phrase (words between breaks; numbers are fixed tokens in it). */
function decodePhrase(items: Array<Word | typeof NUMBER>, model: SyllableModel, damaged: boolean, memo: Map<string, Candidate[]>): string[] {
  const numberId = model.id(NUMBER) ?? -1;
  const lattice = items.map((item) => {
    if (item === NUMBER) return [{ id: numberId, text: NUMBER, cost: 0 }];
    let list = memo.get(item.text);
    if (!list) memo.set(item.text, (list = candidatesFor(item.text, model, damaged)));
    return list;
  });
  const step = (prev: number, next: number) => (next < 0 || prev < 0 ? model.unknownCost : model.cost(prev, next));
  let scores = lattice[0].map((c) => c.cost + step(model.breakId, c.id));
  const back: number[][] = [];
  for (let i = 1; i < lattice.length; i++) {
    const prevList = lattice[i - 1];
    // Every pair costs at most "back off from the previous syllable, then continue": find the best such start once.
    let backoffBest = Infinity;
    let backoffFrom = 0;
    prevList.forEach((p, j) => {
      const s = scores[j] + (p.id < 0 ? 0 : model.backoffCost(p.id));
      if (s < backoffBest) [backoffBest, backoffFrom] = [s, j];
    });
    const rows = prevList.map((p) => (p.id < 0 ? undefined : model.seenAfter(p.id)));
    const row: number[] = [];
    const nextScores = lattice[i].map((c) => {
      if (c.id < 0) {
        const j = scores.indexOf(Math.min(...scores));
        row.push(j);
        return scores[j] + model.unknownCost + c.cost;
      }
      let best = backoffBest + model.continuationCost(c.id);
      let from = backoffFrom;
      for (let j = 0; j < prevList.length; j++) {
        if (!rows[j]?.has(c.id)) continue;
        const s = scores[j] + model.cost(prevList[j].id, c.id);
        if (s < best) [best, from] = [s, j];
      }
      row.push(from);
      return best + c.cost;
    });
    back.push(row);
    scores = nextScores;
  }
  const last = lattice[lattice.length - 1];
  let at = 0;
  let best = Infinity;
  scores.forEach((s, j) => {
    const total = s + step(last[j].id, model.breakId);
    if (total < best) [best, at] = [total, j];
  });
  const chosen: string[] = new Array(lattice.length);
  for (let i = lattice.length - 1; i >= 0; i--) {
    chosen[i] = lattice[i][at].text;
    if (i > 0) at = back[i - 1][at];
  }
  return chosen;
}

export interface RestoreOptions {
  /** The text lost most of its marks (pasted OCR): marks present are weak hints. Otherwise they are kept unless the model strongly disagrees. */
  damaged: boolean;
}

/** `text` with its words restored; everything else, line breaks included, is kept character for character. */
export function restoreWith(text: string, model: SyllableModel, { damaged }: RestoreOptions): string {
  const memo = new Map<string, Candidate[]>();
  const replacements: Array<[Word, string]> = [];
  let phrase: Array<Word | typeof NUMBER> = [];
  const flush = () => {
    const words = phrase.filter((p): p is Word => p !== NUMBER);
    if (words.length) {
      const chosen = decodePhrase(phrase, model, damaged, memo);
      phrase.forEach((p, i) => {
        if (p !== NUMBER) replacements.push([p, withCaseOf(p.text, chosen[i])]);
      });
    }
    phrase = [];
  };
  for (const p of pieces(text)) {
    if (p.kind === 'word') phrase.push(p);
    else if (p.token === NUMBER) phrase.push(NUMBER);
    else if (p.token === BREAK) flush();
  }
  flush();

  let out = '';
  let at = 0;
  for (const [word, written] of replacements) {
    out += text.slice(at, word.start) + written;
    at = word.end;
  }
  return out + text.slice(at);
}
