/*
 * The text of an OCR'd page, rebuilt from the engine's word boxes.
 *
 * The engine reads a page as blocks: the two columns of a letterhead, or the
 * cells of a table, come out as separate blocks, one after the other. Read
 * as plain text they interleave. Here every line the engine found is placed
 * back by its position: lines side by side on the page form one row, their
 * pieces ordered left to right; a wide gap between pieces is a column gap.
 * A row of three or more columns is a table row and its cells are joined
 * with tabs, as the plan reader expects of a table.
 *
 * Footnotes (the small print under the last line of body text) are left
 * out: they cite other documents, whose targets are not the plan's own.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A word as the engine reports it: pixels of the page image. */
export interface OcrWord {
  text: string;
  box: Box;
  confidence: number;
}

/** A line of an OCR'd page, where it is on the page image, and how sure the engine was of it. */
export interface OcrLine {
  /** 1-based page number. */
  page: number;
  text: string;
  box: Box;
  /** 0–100, the engine's mean word confidence. */
  confidence: number;
  /** The line's cells (the columns of a letterhead, a table's cells) left to right, as `text` joins them. */
  cells: Array<{ text: string; box: Box }>;
  /** What the engine read, when the text was repaired after it (a re-read number, a hỏi read as sắc). */
  original?: string;
  /** True when the line's document number was read again from the image (a stamped number). */
  numberReread?: boolean;
}

/** The shape of the engine's result (tesseract.js `blocks`) this module reads. */
export interface EngineBlock {
  paragraphs: Array<{ lines: Array<{ words: Array<{ text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }> }> }>;
}

const boxOf = (b: { x0: number; y0: number; x1: number; y1: number }): Box => ({ x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 });

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Letter height of a run of words: the median word height, so one tall stamp or bracket does not count. */
function letterHeight(words: OcrWord[]): number {
  const heights = words.map((w) => w.box.height).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

/** The engine's lines, each as its words (empty words and lines of only noise dropped). */
function engineLines(blocks: EngineBlock[]): OcrWord[][] {
  const lines: OcrWord[][] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words.filter((w) => w.text.trim() !== '').map((w) => ({ text: w.text.trim(), box: boxOf(w.bbox), confidence: w.confidence }));
        if (words.some((w) => /[\p{L}\p{N}]/u.test(w.text))) lines.push(words);
      }
    }
  }
  return lines;
}

const middle = (b: Box) => b.y + b.height / 2;

/** Groups pieces whose vertical middles are within half a letter height of each other: one row of the page. */
function rows(pieces: OcrWord[][]): OcrWord[][][] {
  const sorted = [...pieces].sort((a, b) => middle(union(a.map((w) => w.box))) - middle(union(b.map((w) => w.box))));
  const out: Array<{ mid: number; height: number; pieces: OcrWord[][] }> = [];
  for (const piece of sorted) {
    const mid = middle(union(piece.map((w) => w.box)));
    const height = letterHeight(piece);
    const last = out[out.length - 1];
    if (last && Math.abs(mid - last.mid) < Math.min(height, last.height) / 2) last.pieces.push(piece);
    else out.push({ mid, height, pieces: [piece] });
  }
  return out.map((r) => r.pieces.sort((a, b) => a[0].box.x - b[0].box.x));
}

const hasText = (words: OcrWord[]) => words.some((w) => /[\p{L}\p{N}]/u.test(w.text));

/**
 * Splits a row's words into cells at gaps wider than three letter heights.
 * A cell of only marks (the "|" a page edge or a fold reads as) is dropped.
 */
function cells(words: OcrWord[]): OcrWord[][] {
  const height = letterHeight(words);
  const out: OcrWord[][] = [];
  for (const w of words) {
    const cell = out[out.length - 1];
    const prev = cell?.[cell.length - 1];
    if (prev && w.box.x - (prev.box.x + prev.box.width) < height * 3) cell.push(w);
    else out.push([w]);
  }
  return out.filter(hasText);
}

interface Row {
  cells: OcrWord[][];
  height: number;
}

/** The bottom rows in print clearly smaller than the page's body text, tables aside. */
function footnoteStart(found: Row[]): number {
  const body = [...found].map((r) => r.height).sort((a, b) => a - b)[Math.floor(found.length / 2)] ?? 0;
  let start = found.length;
  while (start > 0 && found[start - 1].cells.length < 3 && found[start - 1].height < body * 0.8) start--;
  // A lone small line (a page number, a signature's title) is not a footnote block.
  return found.length - start >= 2 && start > 0 ? start : found.length;
}

/** A row's cells as one line: a table row's cells joined by tabs, a letterhead's two columns by a wide gap. */
export const joinCells = (texts: string[]): string => texts.join(texts.length >= 3 ? '\t' : '   ');

/** The lines of one page in reading order, rebuilt from the engine's blocks. */
export function pageLines(blocks: EngineBlock[], page: number): OcrLine[] {
  const found: Row[] = rows(engineLines(blocks))
    .map((row) => {
      const words = row.flat().sort((a, b) => a.box.x - b.box.x);
      return { cells: cells(words), height: letterHeight(words) };
    })
    .filter((r) => r.cells.length > 0);
  return found.slice(0, footnoteStart(found)).map(({ cells: parts }) => {
    const words = parts.flat();
    const texts = parts.map((cell) => cell.map((w) => w.text).join(' '));
    return {
      page,
      text: joinCells(texts),
      box: union(words.map((w) => w.box)),
      confidence: Math.round(words.reduce((sum, w) => sum + w.confidence, 0) / words.length),
      cells: parts.map((cell, i) => ({ text: texts[i], box: union(cell.map((w) => w.box)) })),
    };
  });
}

/**
 * The text of a page's lines. A gap well above the page's usual line
 * spacing is where a blank line or paragraph spacing was: it becomes a blank
 * line, as for a PDF's text layer.
 */
export function linesToText(lines: OcrLine[]): string {
  const steps = lines
    .slice(1)
    .map((l, i) => middle(l.box) - middle(lines[i].box))
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  const usual = steps.length ? steps[Math.floor(steps.length / 2)] : 0;
  return lines
    .map((l, i) => {
      const step = i > 0 ? middle(l.box) - middle(lines[i - 1].box) : 0;
      return (usual > 0 && step > usual * 1.4 ? '\n' : '') + l.text;
    })
    .join('\n');
}
