/*
 * Pages lit unevenly (a phone photo: one corner bright, the other in the
 * shade of the hand) defeat the engine's own global threshold: the shaded
 * paper falls below it and reads as ink, and the engine returns noise. Such a
 * page is binarised first with Sauvola's local threshold, which compares each
 * pixel with the mean and spread of the grey around it. A scanner's page,
 * lit evenly, is left to the engine, whose threshold reads it as well.
 */

/** Tiles per side the page is cut into to judge its lighting. */
const TILES = 8;
/** Above this spread of paper brightness between tiles (grey levels, 0–255), a page counts as unevenly lit. */
export const UNEVEN_SPREAD = 40;

/**
 * How unevenly a page is lit: the paper's brightness (the 90th percentile of
 * grey, most of a tile being paper) in each tile of an 8 × 8 grid, and the
 * difference between the brightest and darkest of them, the outermost tile of
 * each side left out (margins, page edges, a table top beyond the sheet).
 */
export function lightingSpread(grey: Uint8Array, width: number, height: number): number {
  const tileW = Math.floor(width / TILES);
  const tileH = Math.floor(height / TILES);
  if (tileW < 4 || tileH < 4) return 0;
  const levels: number[] = [];
  const histogram = new Uint32Array(256);
  for (let ty = 1; ty < TILES - 1; ty++) {
    for (let tx = 1; tx < TILES - 1; tx++) {
      histogram.fill(0);
      // Every other pixel of every other row: plenty for a percentile, a quarter of the work.
      for (let y = ty * tileH; y < (ty + 1) * tileH; y += 2) {
        for (let x = tx * tileW, at = y * width + x; x < (tx + 1) * tileW; x += 2, at += 2) histogram[grey[at]]++;
      }
      const total = histogram.reduce((a, b) => a + b, 0);
      let seen = 0;
      let level = 0;
      while (level < 255 && (seen += histogram[level]) < total * 0.9) level++;
      levels.push(level);
    }
  }
  return Math.max(...levels) - Math.min(...levels);
}

export interface SauvolaOptions {
  /** Half the side of the square window, in pixels. */
  radius: number;
  /** How far below the local mean ink must be, in units of the local spread (0.2–0.5). */
  k: number;
  /** The dynamic range of the standard deviation (128 for 8-bit grey). */
  range: number;
}

/**
 * Sauvola's threshold: a pixel is ink (0) when darker than
 * mean × (1 + k × (sd / range − 1)) of the window around it, else paper (255).
 * Window sums are kept per column and slid along each row, so the cost is a
 * few operations per pixel whatever the window, and the memory a few rows.
 */
export function sauvola(grey: Uint8Array, width: number, height: number, { radius, k, range }: SauvolaOptions): Uint8Array {
  const out = new Uint8Array(width * height);
  const colSum = new Float64Array(width);
  const colSq = new Float64Array(width);
  const prefix = new Float64Array(width + 1);
  const prefixSq = new Float64Array(width + 1);
  const addRow = (y: number, sign: number) => {
    for (let x = 0, at = y * width; x < width; x++, at++) {
      const v = grey[at];
      colSum[x] += sign * v;
      colSq[x] += sign * v * v;
    }
  };
  for (let y = 0; y < Math.min(radius, height); y++) addRow(y, 1);
  for (let y = 0; y < height; y++) {
    if (y + radius < height) addRow(y + radius, 1);
    if (y - radius - 1 >= 0) addRow(y - radius - 1, -1);
    const rows = Math.min(height - 1, y + radius) - Math.max(0, y - radius) + 1;
    for (let x = 0; x < width; x++) {
      prefix[x + 1] = prefix[x] + colSum[x];
      prefixSq[x + 1] = prefixSq[x] + colSq[x];
    }
    for (let x = 0, at = y * width; x < width; x++, at++) {
      const left = Math.max(0, x - radius);
      const right = Math.min(width, x + radius + 1);
      const n = rows * (right - left);
      const mean = (prefix[right] - prefix[left]) / n;
      const variance = Math.max(0, (prefixSq[right] - prefixSq[left]) / n - mean * mean);
      out[at] = grey[at] < mean * (1 + k * (Math.sqrt(variance) / range - 1)) ? 0 : 255;
    }
  }
  return out;
}

/**
 * The grey bytes to give the engine: binarised by Sauvola when the page is
 * unevenly lit, as they are otherwise. The window is a third of an inch at
 * 300 dpi (a few letters wide), in proportion for a smaller picture.
 */
export function evenedForOcr(grey: Uint8Array, width: number, height: number): Uint8Array {
  if (lightingSpread(grey, width, height) <= UNEVEN_SPREAD) return grey;
  const radius = Math.max(8, Math.round(Math.min(width, height) / 50));
  return sauvola(grey, width, height, { radius, k: 0.34, range: 128 });
}
