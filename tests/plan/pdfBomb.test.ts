import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../lib/plan/errors';
import { pdfToText } from '../../lib/plan/pdf';
import { BOMB_LIMITS, refuseCompressionBomb } from '../../lib/plan/pdfStreams';
import { bombPdf } from './bombPdf';

/*
 * A PDF whose streams inflate to gigabytes is refused before pdf.js parses
 * it; real plans, whatever made them, pass the same guard.
 */

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/plans');
const MB = 1024 * 1024;
const REFUSAL = 'Tệp PDF bị nén bất thường: nội dung giải nén ra quá lớn so với tệp — không đọc để tránh treo máy.';

/** Bytes that deflate about four times, as scanned images do: two random bits each. */
function noise(size: number): Buffer {
  const out = Buffer.alloc(size);
  let state = 1;
  for (let i = 0; i < size; i++) out[i] = (state = (state * 48271) % 2147483647) & 3;
  return out;
}

/** A file of deflated streams (zeros, or `noisy` bytes), one per entry in MB, with the dictionary `filter` and `length` give. */
function streams(megabytes: number[], { filter = '/Filter /FlateDecode ', length = '', noisy = false } = {}): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n'),
    ...megabytes.flatMap((mb, i) => {
      const data = deflateSync(noisy ? noise(mb * MB) : Buffer.alloc(mb * MB));
      return [Buffer.from(`${i + 1} 0 obj\n<< ${filter}/Length ${length || data.length} >>\nstream\n`), data, Buffer.from('\nendstream\nendobj\n')];
    }),
  ]);
}

describe('decompression bombs', () => {
  it('refuses an 8 MB PDF whose content inflates to 8 GB, with a reason for the person', async () => {
    const bomb = bombPdf();
    expect(bomb.length).toBeLessThan(9 * MB);
    const error = await pdfToText(bomb).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlanInputError);
    expect((error as Error).message).toBe(REFUSAL);
  }, 60_000);

  it('refuses a stream past the floor that came out a hundred times larger, and only that', () => {
    const limits = { ...BOMB_LIMITS, floor: 2 * MB };
    expect(() => refuseCompressionBomb(streams([1]), limits)).not.toThrow();
    expect(() => refuseCompressionBomb(streams([3]), limits)).toThrow(REFUSAL);
    // As large, but data that deflates only a little: not a bomb.
    expect(() => refuseCompressionBomb(streams([3], { noisy: true }), limits)).not.toThrow();
  });

  it('adds up the streams of a file against the total', () => {
    const limits = { ...BOMB_LIMITS, total: 4 * MB };
    expect(() => refuseCompressionBomb(streams([3]), limits)).not.toThrow();
    expect(() => refuseCompressionBomb(streams([3, 3]), limits)).toThrow(REFUSAL);
  });

  it('reads a stream up to its direct /Length, to endstream when the length is a reference, and not at all without the filter', () => {
    const limits = { ...BOMB_LIMITS, floor: MB };
    expect(() => refuseCompressionBomb(streams([2]), limits)).toThrow(REFUSAL);
    expect(() => refuseCompressionBomb(streams([2], { length: '9 0 R' }), limits)).toThrow(REFUSAL);
    expect(() => refuseCompressionBomb(streams([2], { filter: '' }), limits)).not.toThrow();
  });

  it('lets every PDF of the plan corpus through', () => {
    const pdfs = readdirSync(CORPUS).filter((name) => name.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(2);
    for (const name of pdfs) expect(() => refuseCompressionBomb(readFileSync(join(CORPUS, name))), name).not.toThrow();
  });
});
