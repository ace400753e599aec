import { Unzlib } from 'fflate';
import { PlanInputError } from './errors';

/*
 * A guard against decompression bombs, run before pdf.js sees a file. pdf.js
 * inflates a stream whole, however large, and scans page content byte by
 * byte: a few megabytes of deflated zeros keep it busy for a minute and then
 * exhaust memory. Here every FlateDecode stream of the file is inflated a
 * small piece at a time, the output counted and dropped, and the file is
 * refused as soon as a stream has come out far larger than what went in.
 * (fflate rather than the native DecompressionStream: Chromium's inflates
 * zeros at some 50 MB/s and cannot be stopped between pieces of input.)
 *
 * A stream whose data does not inflate (another filter first, damage) is
 * counted for what came out before the error: pdf.js reads what it can of it
 * too. Bombs this scan does not see (behind another filter, nested) are
 * left to the time guard of the worker that reads PDFs in the extension.
 */

const MB = 1024 * 1024;

export interface BombLimits {
  /** A stream past `floor` bytes that came out `ratio` times larger than its input is a bomb. */
  ratio: number;
  floor: number;
  /** No file inflates past this in total, whatever its ratios. */
  total: number;
}

/**
 * Page content, fonts and scanned images deflate 2 to 20 times; a stream of
 * repeated bytes, a thousand times. A plan file (at most 20 MB) stays well
 * under the total; a bomb is caught within its first megabyte of input.
 */
export const BOMB_LIMITS: BombLimits = { ratio: 100, floor: 32 * MB, total: 512 * MB };

/** Input handed to the inflater at a time: how far past the limits a bomb gets before it is stopped. */
const PIECE = 16 * 1024;

/** Where each FlateDecode stream's data lies in the file. */
function flateStreams(bytes: Uint8Array): Array<{ start: number; end: number }> {
  // One character per byte: offsets in the text are offsets in the file.
  const text = new TextDecoder('latin1').decode(bytes);
  const found: Array<{ start: number; end: number }> = [];
  const keyword = />>\s*stream(?:\r\n|\n|\r)/g;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const start = match.index + match[0].length;
    // The stream's dictionary: what stands after the object before it.
    const before = text.slice(Math.max(0, match.index - 4096), match.index);
    const dictionary = before.slice(Math.max(before.lastIndexOf('endobj'), before.lastIndexOf('endstream')) + 1);
    // A direct /Length is where the data ends; else the keyword that closes it.
    const length = /\/Length\s+(\d+)(?!\d)(?!\s+\d+\s+R)/.exec(dictionary);
    const end = length ? Math.min(text.length, start + Number(length[1])) : text.indexOf('endstream', start);
    if (end < 0) break;
    if (/\/(?:FlateDecode|Fl)\b/.test(dictionary)) found.push({ start, end });
    keyword.lastIndex = end;
  }
  return found;
}

class Refusal extends PlanInputError {}

/** Refuses a PDF whose compressed streams inflate past the limits, before any of it is parsed. */
export function refuseCompressionBomb(bytes: Uint8Array, limits: BombLimits = BOMB_LIMITS): void {
  let total = 0;
  for (const { start, end } of flateStreams(bytes)) {
    let out = 0;
    const inflater = new Unzlib((chunk) => {
      out += chunk.length;
      total += chunk.length;
    });
    try {
      for (let at = start; at < end; at += PIECE) {
        inflater.push(bytes.subarray(at, Math.min(end, at + PIECE)), at + PIECE >= end);
        if ((out > limits.floor && out > limits.ratio * (Math.min(end, at + PIECE) - start)) || total > limits.total) {
          throw new Refusal({ key: 'planInputPdfBomb' });
        }
      }
    } catch (error) {
      if (error instanceof Refusal) throw error;
      // Damaged or not deflate after all: what came out so far is what counts.
    }
  }
}
