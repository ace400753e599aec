/*
 * How much of a known text an OCR reading got right, in characters: one
 * minus the edit distance over the length of the known text. Line breaks and
 * runs of spaces are layout, not characters: both sides collapse them.
 */

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Levenshtein distance, two rows of memory. */
export function editDistance(a: string, b: string): number {
  let prev = new Uint32Array(b.length + 1).map((_, j) => j);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

/** Share of `known`'s characters the reading got right (0–1). */
export function characterAccuracy(known: string, read: string): number {
  const truth = flat(known);
  return truth.length ? Math.max(0, 1 - editDistance(truth, flat(read)) / truth.length) : 1;
}
