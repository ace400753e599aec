import { describe, expect, it } from 'vitest';
import { evenedForOcr, lightingSpread, sauvola, UNEVEN_SPREAD } from '../../lib/ocr/threshold';

/**
 * A page of `width` × `height`: paper lit by `light(x, y)` (0–1 of white),
 * with a dark stroke (ink at 35% of the paper there) on every 12th row and column band.
 */
function page(width: number, height: number, light: (x: number, y: number) => number) {
  const grey = new Uint8Array(width * height);
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const paper = 250 * light(x, y);
      const stroke = y % 12 < 2 && x % 40 < 30;
      ink[y * width + x] = stroke ? 1 : 0;
      grey[y * width + x] = Math.round(stroke ? paper * 0.35 : paper);
    }
  }
  return { grey, ink };
}

const even = () => 0.96;
/** Light from the top left, the bottom right corner in deep shade (a phone photo). */
const shaded = (w: number, h: number) => (x: number, y: number) => 1 - 0.75 * ((x / w + y / h) / 2) ** 1.5;

describe('lighting of a page', () => {
  it('tells a scanner’s evenly lit page from a photo lit from one corner', () => {
    expect(lightingSpread(page(400, 560, even).grey, 400, 560)).toBeLessThanOrEqual(2);
    expect(lightingSpread(page(400, 560, shaded(400, 560)).grey, 400, 560)).toBeGreaterThan(UNEVEN_SPREAD);
  });

  it('gives 0 for a picture too small to judge', () => {
    expect(lightingSpread(new Uint8Array(9), 3, 3)).toBe(0);
  });
});

describe('Sauvola threshold', () => {
  it('separates ink from paper where no single threshold can', () => {
    const [w, h] = [400, 560];
    const { grey, ink } = page(w, h, shaded(w, h));
    // The ink in the light is brighter than the paper in the shade: a global threshold fails.
    const brightestInk = grey.filter((_, i) => ink[i]).reduce((a, b) => Math.max(a, b), 0);
    const darkestPaper = grey.filter((_, i) => !ink[i]).reduce((a, b) => Math.min(a, b), 255);
    expect(brightestInk).toBeGreaterThan(darkestPaper);
    const binary = sauvola(grey, w, h, { radius: 8, k: 0.34, range: 128 });
    const wrong = binary.filter((v, i) => (v === 0) !== (ink[i] === 1)).length;
    expect(wrong / binary.length).toBeLessThan(0.005);
    expect(new Set(binary)).toEqual(new Set([0, 255]));
  });

  it('leaves blank paper blank, at the edges too', () => {
    const blank = new Uint8Array(50 * 30).fill(200);
    expect(sauvola(blank, 50, 30, { radius: 10, k: 0.34, range: 128 }).every((v) => v === 255)).toBe(true);
  });
});

describe('grey bytes for the engine', () => {
  it('binarises an unevenly lit page and leaves an even one as it is', () => {
    const [w, h] = [400, 560];
    const flat = page(w, h, even).grey;
    expect(evenedForOcr(flat, w, h)).toBe(flat);
    const photo = page(w, h, shaded(w, h));
    const evened = evenedForOcr(photo.grey, w, h);
    expect(new Set(evened)).toEqual(new Set([0, 255]));
    expect(evened.filter((v, i) => (v === 0) !== (photo.ink[i] === 1)).length / evened.length).toBeLessThan(0.005);
  });
});
