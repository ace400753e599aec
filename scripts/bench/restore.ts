import { restoreText } from '../../lib/restore';
import { planText } from '../../tests/fixtures/plans';
import { figure, log, type Figure } from './figure';
import { goldPair, syllablesRight } from './restoreAccuracy';

const TARGET_BYTES = 20 * 1024;
const RUNS = 10;

/** ~20 KB of OCR'd plan text that lost its diacritics: the damaged fixture plans, cut at a line end. */
function damagedText(): string {
  const text = ['an-tuong-6-thang-cuoi-2025.txt', 'tam-thanh-2026.txt'].map(planText).join('\n');
  let end = 0;
  while (end >= 0 && Buffer.byteLength(text.slice(0, end)) < TARGET_BYTES) end = text.indexOf('\n', end + 1);
  return text.slice(0, end < 0 ? text.length : end);
}

/** Share of the gold text's syllables right after restoring its OCR'd seed, and the time to restore 20 KB. */
export async function restoreFigures(): Promise<Record<string, Figure>> {
  const { ocr, gold } = goldPair();
  const t0 = performance.now();
  const restored = restoreText(ocr);
  const firstMs = performance.now() - t0;
  const right = syllablesRight(restored, gold);
  const text = damagedText();
  log(`restore: ${RUNS} runs on ${Buffer.byteLength(text)} bytes`);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    restoreText(text);
    samples.push(performance.now() - start);
  }
  return {
    goldSyllablesRight: figure([right], {
      unit: 'share',
      budget: 0.95,
      atLeast: true,
      digits: 4,
      how: 'restoreText on the OCR-damaged seed 000, syllables (words with a letter) of the hand-corrected gold text found in order on the same line',
      detail: { rawOcr: Math.round(syllablesRight(ocr, gold) * 10000) / 10000 },
    }),
    text20KbMs: figure(samples, {
      unit: 'ms',
      budget: 1000,
      how: `performance.now() around restoreText in Node ${process.version}, ${RUNS} runs on ${Buffer.byteLength(text)} bytes of the OCR-damaged fixture plans`,
      detail: { firstCallWithModelLoadMs: Math.round(firstMs) },
    }),
  };
}
