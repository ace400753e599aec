const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * A syllable with its tone mark where administrative text puts it today:
 * "hoá" → "hóa", "uỷ" → "ủy", "khoẻ" → "khỏe" (on the first vowel of a final
 * oa, oe or uy). Dictionaries still use the older placement.
 */
export function newStyleTone(syllable: string): string {
  const nfd = syllable.normalize('NFD');
  const tone = TONES.exec(nfd)?.[0];
  if (!tone) return syllable;
  const base = nfd.replace(TONES, '').normalize('NFC');
  const m = /(?<!q)(o(?=[ae]$)|u(?=y$))/.exec(base);
  if (!m) return syllable;
  return (base.slice(0, m.index + 1) + tone + base.slice(m.index + 1)).normalize('NFC');
}
