import { apply, type Matrix, type PlacedText } from './pdfTables';

/*
 * Text that annotations draw. A signed PDF often leaves the number and the
 * day blank in the page ("Số:      /BC-UBND", "ngày    tháng 12") and the
 * e-signature widgets draw them in their appearance streams, which pdf.js
 * keeps out of the text content but puts in the operator list between
 * beginAnnotation and endAnnotation. The text is read back from there and
 * placed where it is drawn, so the page reads as the person sees it.
 */

export interface AnnotationOps {
  beginAnnotation: number;
  endAnnotation: number;
  setFont: number;
  setTextMatrix: number;
  moveText: number;
  showText: number;
}

/** A glyph of a showText operator; a number between glyphs is a spacing adjustment in thousandths of the font size. */
type Shown = { unicode?: string; width?: number } | number;

/** A gap wider than a quarter of the font size, set by spacing in a shown string, reads as a space. */
const SPACE_GAP = -250;

/** The pieces of text drawn by the annotations of a page, in page space. */
export function annotationTexts(fnArray: number[], argsArray: unknown[], ops: AnnotationOps): PlacedText[] {
  const pieces: PlacedText[] = [];
  let place: Matrix | null = null;
  let size = 0;
  let line: Matrix = [1, 0, 0, 1, 0, 0];
  let x = 0;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === ops.beginAnnotation) {
      // [id, rect, transform, matrix, own canvas]: the transform maps the appearance into the page.
      place = args[2] as Matrix;
      line = [1, 0, 0, 1, 0, 0];
      x = 0;
    } else if (fn === ops.endAnnotation) place = null;
    else if (!place) return;
    else if (fn === ops.setFont) size = Math.abs(Number(args[1]) || 0);
    else if (fn === ops.setTextMatrix) {
      line = Array.from(args[0] as ArrayLike<number>) as Matrix;
      x = 0;
    } else if (fn === ops.moveText) {
      const [tx, ty] = args as [number, number];
      line = [line[0], line[1], line[2], line[3], line[4] + tx * line[0] + ty * line[2], line[5] + tx * line[1] + ty * line[3]];
      x = 0;
    } else if (fn === ops.showText) {
      let str = '';
      let advance = 0;
      for (const g of args[0] as Shown[]) {
        if (typeof g === 'number') {
          if (g <= SPACE_GAP && str && !str.endsWith(' ')) str += ' ';
          advance -= (g * size) / 1000;
        } else {
          str += g.unicode ?? '';
          advance += ((g.width ?? 0) * size) / 1000;
        }
      }
      const [px, py] = apply(place, ...apply(line, x, 0));
      x += advance;
      if (str.trim()) pieces.push({ str: str.trim(), x: px, y: py, width: advance * Math.abs(place[0]), height: size * Math.abs(place[3]) });
    }
  });
  return pieces;
}

export interface TextPiece {
  str?: string;
  hasEOL?: boolean;
  /** [a, b, c, d, x, y]: y is the baseline, upwards from the page bottom. */
  transform?: number[];
  width?: number;
  height?: number;
}

const asPiece = (p: PlacedText, str: string): TextPiece => ({ str, transform: [p.height, 0, 0, p.height, p.x, p.y], width: p.width, height: p.height });

/**
 * The page's text pieces with the drawn ones put where they are read: after
 * the last piece of the same line that starts left of them, set apart by
 * spaces ("Số:" + "329" + "/BC-UBND"); a drawn piece on a line of its own
 * goes before the first piece below it.
 */
export function withDrawnText(items: TextPiece[], drawn: PlacedText[]): TextPiece[] {
  const out = [...items];
  for (const p of drawn) {
    const onLine = out.flatMap((it, k) =>
      it.str && it.transform && Math.abs(it.transform[5] - p.y) <= Math.max(p.height, it.height ?? 0) / 2 ? [k] : [],
    );
    if (!onLine.length) {
      const below = out.findIndex((it) => it.transform !== undefined && it.transform[5] < p.y);
      out.splice(below < 0 ? out.length : below, 0, { ...asPiece(p, p.str), hasEOL: true });
      continue;
    }
    const left = onLine.filter((k) => out[k].transform![4] <= p.x).pop();
    if (left === undefined) {
      out.splice(onLine[0], 0, asPiece(p, `${p.str} `));
      continue;
    }
    // The line's end, if it was marked on the piece before, moves to the drawn piece.
    const piece = { ...asPiece(p, ` ${p.str} `), hasEOL: out[left].hasEOL };
    out[left] = { ...out[left], hasEOL: false };
    out.splice(left + 1, 0, piece);
  }
  return out;
}
