import { foldOcr, words } from '../plan/normalise';
import type { OcrLine } from './layout';
import type { ScannedPage } from './scan';

/*
 * What the review shows beside each target and task of an OCR'd plan: the
 * line the engine read it from (its text and, in the page, its image), and
 * the lines where OCR may have damaged a value: a bare number where a
 * percentage is expected ("- 100 văn bản ..." for "- 100% văn bản ...").
 * Such a value is flagged for the person to check; it is never changed.
 */

const lineWords = new WeakMap<OcrLine, Set<string>>();

function wordsOf(line: OcrLine): Set<string> {
  let found = lineWords.get(line);
  if (!found) lineWords.set(line, (found = new Set(words(foldOcr(line.text)))));
  return found;
}

/**
 * The OCR'd line a passage of the plan was read from. For a task, the line
 * sharing most of the passage's opening words (the first line wins a tie).
 * For a target (`value` given), the line holding its figure that shares most
 * words with the sentence: a target is checked on the line with its figure.
 */
export function lineOf(passage: string, pages: ScannedPage[], value?: number): OcrLine | null {
  const all = words(foldOcr(passage));
  const wanted = value === undefined ? all.slice(0, 12) : all;
  if (!wanted.length) return null;
  const figure = value === undefined ? null : new RegExp(`(?<![\\d.,])${String(value).replace('.', '[.,]')}(?![\\d])`);
  let best: { line: OcrLine; score: number } | null = null;
  for (const page of pages) {
    for (const line of page.lines) {
      if (figure && !figure.test(line.text)) continue;
      const present = wordsOf(line);
      const score = wanted.filter((w) => present.has(w)).length;
      if (score > (best?.score ?? 0)) best = { line, score };
    }
  }
  if (!best) return null;
  // Syllables like "văn", "các" are everywhere: most of a task's opening must be on its line.
  const enough = figure ? 2 : Math.max(Math.min(2, wanted.length), wanted.length * 0.6);
  return best.score >= enough ? best.line : null;
}

/** A value the OCR may have damaged, for the person to check against the line's image. */
export interface Suspect {
  line: OcrLine;
  /** The number as read. */
  value: number;
  /** What it probably was: "100%". */
  likely: string;
}

/** Words a percentage target is stated with, right before its figure. */
const BOUND = /(?:^|\s)(?:dat|toi thieu|it nhat|tren|khong thap hon|khong it hon|ty le|dam bao)\s+$/;
/** Objects a percentage counts: "100 [%] văn bản", "90 [%] hồ sơ", "95 [%] người dân". */
const COUNTED = /^\s*(?:cac|so|van ban|ho so|thu tuc|tthc|can bo|cong chuc|vien chuc|nguoi|co quan|don vi|doanh nghiep|ket qua|phan anh|kien nghi|nhiem vu|chi tieu|du lieu)\b/;

/**
 * Lines with a bare number (1–100, no "%") standing where plans put a
 * percentage: opening a bullet before what it counts, or after a bound
 * word ("đạt", "tối thiểu") before what it counts.
 */
export function suspectValues(pages: ScannedPage[]): Suspect[] {
  const found: Suspect[] = [];
  for (const line of pages.flatMap((p) => p.lines)) {
    const s = foldOcr(line.text);
    for (const m of s.matchAll(/(?<![\d.,/%-])(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,/]|\s*%)/g)) {
      const value = Number(m[1].replace(',', '.'));
      if (value <= 0 || value > 100) continue;
      const before = s.slice(0, m.index);
      const after = s.slice(m.index + m[1].length);
      const opensBullet = /^\s*[-+•~*–]\s*$/.test(before);
      if ((opensBullet || BOUND.test(before)) && COUNTED.test(after)) found.push({ line, value, likely: `${m[1]}%` });
    }
  }
  return found;
}
