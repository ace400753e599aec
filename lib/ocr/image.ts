import { evenedForOcr } from './threshold';

/*
 * Page images as the OCR engine takes them fastest: one grey byte per pixel
 * in a PGM file, which the engine reads without decoding (a canvas or a PNG
 * costs it a second more per page).
 */

/** Above this difference between a pixel's strongest and weakest colour channel, it is coloured ink. */
const COLOURED = 60;

/**
 * One grey byte per pixel of RGBA pixels, by luminance, with coloured ink
 * taken as light as its brightest channel. A plan is printed in black; what
 * is coloured on a scan is a red seal or received-stamp and blue handwriting
 * over or beside the text, which the engine would otherwise read as letters
 * ("ĐẾN Số:.... Ngày:..." merged into the title's row). Dark colours keep a
 * mid grey: only light, clearly coloured ink drops out.
 */
function inkGrey(rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
  const grey = new Uint8Array(rgba.length / 4);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j++) {
    const r = rgba[i];
    const g = rgba[i + 1];
    const b = rgba[i + 2];
    const high = r > g ? (r > b ? r : b) : g > b ? g : b;
    const low = r < g ? (r < b ? r : b) : g < b ? g : b;
    grey[j] = high - low > COLOURED ? high : (r * 77 + g * 150 + b * 29) >> 8;
  }
  return grey;
}

/** A PGM (binary greymap) of RGBA pixels as the engine should read them: black ink only, evened out when unevenly lit. */
export function greyPgm(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  out.set(evenedForOcr(inkGrey(rgba), width, height), header.length);
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
