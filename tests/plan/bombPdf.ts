import { constants, deflateRawSync } from 'node:zlib';
import { assemble } from '../../scripts/fixtures/scanPdf';

/*
 * A decompression bomb: a one-page PDF whose content stream is a FlateDecode
 * stream of zeros that inflates about a thousand times (8 MB of file, 8 GB
 * of content). Zeros are white space to a PDF reader, so a reader without a
 * guard inflates and scans all of it.
 *
 * Built in memory, without deflating gigabytes: one megabyte of zeros is
 * deflated once with a full flush (which ends its blocks on a byte boundary
 * and forgets the history), so the same compressed piece can be repeated;
 * an empty final block and the Adler-32 of the zeros close the zlib stream.
 */

const MB = 1024 * 1024;

function zlibOfZeros(megabytes: number): Uint8Array {
  const piece = deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const size = megabytes * MB;
  // Adler-32 of n zero bytes: a stays 1, b adds a once per byte.
  const adler = (((size % 65521) << 16) | 1) >>> 0;
  const out = new Uint8Array(2 + piece.length * megabytes + 2 + 4);
  out.set([0x78, 0xda]);
  for (let i = 0; i < megabytes; i++) out.set(piece, 2 + i * piece.length);
  const tail = 2 + piece.length * megabytes;
  // An empty final block with fixed codes: BFINAL=1, BTYPE=01, then the end-of-block code.
  out.set([0x03, 0x00], tail);
  new DataView(out.buffer).setUint32(tail + 2, adler);
  return out;
}

/** A one-page PDF whose content stream inflates to `megabytes` MB of zeros (8192: 8 GB). */
export function bombPdf(megabytes = 8192): Uint8Array {
  const content = zlibOfZeros(megabytes);
  const ascii = (s: string) => new TextEncoder().encode(s);
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    [ascii(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`), content, ascii('\nendstream')],
  ]);
}
