/*
 * Builds public/ocr/eng.traineddata, the Latin model the OCR reads document
 * numbers with: Tesseract's English LSTM model as Debian packages it
 * (tesseract-ocr-eng, Apache-2.0) without its English word list, which a
 * number does not need and which is nine tenths of the file (4.1 MB → 0.4 MB).
 *
 * Run: node --import tsx scripts/ocr-number-model.ts [eng.traineddata]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEBIAN_ENG = '/usr/share/tesseract-ocr/5/tessdata/eng.traineddata';
export const NUMBER_MODEL = fileURLToPath(new URL('../public/ocr/eng.traineddata', import.meta.url));

/** Index of the LSTM word list in a traineddata file's table of contents (tesseract's TessdataType). */
const LSTM_WORD_DAWG = 19;

/**
 * A traineddata file without some of its parts. The file is a count of
 * entries (int32), their offsets (int64 each, -1 for an absent part), then
 * the parts in order; a part ends where the next present one starts.
 */
export function withoutParts(model: Uint8Array, drop: ReadonlySet<number>): Uint8Array {
  const view = new DataView(model.buffer, model.byteOffset, model.byteLength);
  const count = view.getInt32(0, true);
  const offsets = Array.from({ length: count }, (_, i) => Number(view.getBigInt64(4 + 8 * i, true)));
  const present = offsets.flatMap((offset, i) => (offset >= 0 ? [i] : []));
  const head = 4 + 8 * count;
  const parts = present.filter((i) => !drop.has(i)).map((i) => {
    const next = present[present.indexOf(i) + 1];
    return { i, bytes: model.subarray(offsets[i], next === undefined ? model.length : offsets[next]) };
  });
  const out = new Uint8Array(head + parts.reduce((n, p) => n + p.bytes.length, 0));
  const outView = new DataView(out.buffer);
  outView.setInt32(0, count, true);
  for (let i = 0; i < count; i++) outView.setBigInt64(4 + 8 * i, -1n, true);
  let at = head;
  for (const { i, bytes } of parts) {
    outView.setBigInt64(4 + 8 * i, BigInt(at), true);
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

export const numberModel = (english: Uint8Array) => withoutParts(english, new Set([LSTM_WORD_DAWG]));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(NUMBER_MODEL, numberModel(new Uint8Array(readFileSync(process.argv[2] ?? DEBIAN_ENG))));
  process.stdout.write(`${NUMBER_MODEL}\n`);
}
