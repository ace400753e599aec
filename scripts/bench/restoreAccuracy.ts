/*
 * How much of an OCR'd text the restorer gets right, against a hand-corrected
 * text aligned line for line with it: the share of the reference's syllables
 * (words with a letter) found, in order, on the same line of the restored text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const syllablesOf = (line: string) =>
  line
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w));

/** Length of the longest common subsequence: syllables right, in order, despite a split or merged word. */
function common(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = x === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return prev[b.length];
}

/** Share (0–1) of the reference's syllables that `text` has right, line by line. */
export function syllablesRight(text: string, reference: string): number {
  const lines = text.split('\n');
  let total = 0;
  let right = 0;
  reference.split('\n').forEach((line, i) => {
    const expected = syllablesOf(line);
    total += expected.length;
    right += common(expected, syllablesOf(lines[i] ?? ''));
  });
  return total ? right / total : 1;
}

const SHARED = resolve(import.meta.dirname, '../../../shared');

/** The OCR'd seed plan and its hand-corrected text, from the shared reference folder. */
export function goldPair(): { ocr: string; gold: string } {
  return {
    ocr: readFileSync(resolve(SHARED, 'seeds/000_e9d6c31dcb1c121f.txt'), 'utf8'),
    gold: readFileSync(resolve(SHARED, 'gold/000_e9d6c31dcb1c121f.gold.txt'), 'utf8'),
  };
}
