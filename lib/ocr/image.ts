import { evenedForOcr } from './threshold';

/*
 * Page images as the OCR engine takes them fastest: one grey byte per pixel
 * in a PGM file, which the engine reads without decoding (a canvas or a PNG
 * costs it a second more per page).
 */

/** One grey byte per pixel of RGBA pixels, by luminance. */
function luminance(rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
  const grey = new Uint8Array(rgba.length / 4);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j++) grey[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  return grey;
}

/** A PGM (binary greymap) of RGBA pixels as the engine should read them: by luminance, evened out when unevenly lit. */
export function greyPgm(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  out.set(evenedForOcr(luminance(rgba), width, height), header.length);
  return out;
}

/** Resolution pages are rendered at: what the engine's models were trained for. */
export const OCR_DPI = 300;

/** Pages larger than this (a poster, a plan drawn at 1200 dpi) are scaled down to stay within memory. */
export const MAX_PIXELS = 40_000_000;

/** The scale from PDF points to pixels for a page of `widthPt` × `heightPt`. */
export function renderScale(widthPt: number, heightPt: number): number {
  const scale = OCR_DPI / 72;
  const pixels = widthPt * heightPt * scale * scale;
  return pixels > MAX_PIXELS ? scale * Math.sqrt(MAX_PIXELS / pixels) : scale;
}
