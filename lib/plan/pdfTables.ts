import { cell, type Table, type TableCell } from './table';

/*
 * Tables of a PDF page rebuilt from what pdf.js gives: the ruling lines a
 * word processor draws around cells (from the page's drawing operators) make
 * the grid; a border missing between two grid cells means they are merged;
 * each piece of text goes to the cell that holds it. Word and LibreOffice
 * draw every border of a bordered table, which is how plans' task tables
 * are printed.
 */

export interface Segment {
  /** Horizontal: y, from x1 to x2. Vertical: x, from y1 to y2 (page space, y upwards). */
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

export interface PlacedText {
  str: string;
  x: number;
  /** Baseline, upwards from the page bottom. */
  y: number;
  width: number;
  height: number;
}

export interface PageTable {
  table: Table;
  /** Top and bottom of the table, page space. */
  top: number;
  bottom: number;
  /** The grid's column edges, to tell a table that goes on over the next page. */
  columns: number[];
  /** Goes on from the page before / on the next page: its rows and theirs are one table. */
  continues?: boolean;
  continued?: boolean;
}

const NEAR = 2;

export type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
}

/** Path drawing codes of pdf.js (DrawOPS): moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4. */
const DRAW_ARGS = [2, 2, 6, 4, 0];

/**
 * The straight horizontal and vertical strokes and thin filled boxes of a
 * page's operator list, in page space: the ruling lines of its tables.
 */
export function rulingLines(fnArray: number[], argsArray: unknown[], ops: OperatorCodes): Segment[] {
  const segments: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const add = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) <= 0.5 && Math.abs(a[0] - b[0]) > NEAR) segments.push({ horizontal: true, at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
    else if (Math.abs(a[0] - b[0]) <= 0.5 && Math.abs(a[1] - b[1]) > NEAR) segments.push({ horizontal: false, at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
  };
  fnArray.forEach((fn, i) => {
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(argsArray[i] as Matrix, ctm);
    else if (fn === ops.constructPath) {
      const path = (argsArray[i] as [unknown, ArrayLike<number>[] | null])[1]?.[0];
      if (!path) return;
      const points: Array<[number, number]> = [];
      let start: [number, number] | null = null;
      let last: [number, number] | null = null;
      for (let k = 0; k < path.length; ) {
        const code = path[k];
        const n = DRAW_ARGS[code];
        if (n === undefined) break;
        if (code === 0 || code === 1) {
          const p = apply(ctm, path[k + 1], path[k + 2]);
          if (code === 1 && last) add(last, p);
          if (code === 0) start = p;
          last = p;
          points.push(p);
        } else if (code === 4 && last && start) {
          add(last, start);
          last = start;
        } else if (n > 0) last = apply(ctm, path[k + n - 1], path[k + n]);
        k += n + 1;
      }
      // A thin filled box drawn as a line: its long side is the line.
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      if (points.length >= 4 && y2 - y1 <= NEAR && x2 - x1 > NEAR) segments.push({ horizontal: true, at: (y1 + y2) / 2, from: x1, to: x2 });
      else if (points.length >= 4 && x2 - x1 <= NEAR && y2 - y1 > NEAR) segments.push({ horizontal: false, at: (x1 + x2) / 2, from: y1, to: y2 });
    }
  });
  return segments;
}

/** Distinct positions, nearby ones taken as one. */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (!out.length || v - out[out.length - 1] > NEAR) out.push(v);
  return out;
}

const covers = (segments: Segment[], at: number, point: number) =>
  segments.some((s) => Math.abs(s.at - at) <= NEAR && s.from - NEAR <= point && s.to + NEAR >= point);

/** Collinear pieces that meet or overlap as one segment: Word draws a border cell by cell. */
function mergeSegments(segments: Segment[]): Segment[] {
  const key = (s: Segment) => `${s.horizontal ? 'h' : 'v'}${Math.round(s.at)}`;
  const lines = new Map<string, Segment[]>();
  for (const s of segments) lines.set(key(s), [...(lines.get(key(s)) ?? []), s]);
  const out: Segment[] = [];
  for (const pieces of lines.values()) {
    pieces.sort((a, b) => a.from - b.from);
    let open: Segment | null = null;
    for (const s of pieces) {
      if (open && s.from <= open.to + NEAR) open.to = Math.max(open.to, s.to);
      else out.push((open = { ...s }));
    }
  }
  return out;
}

/** Groups of segments that touch one another: one group per table. */
function groups(segments: Segment[]): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touch = (a: Segment, b: Segment) =>
    a.horizontal === b.horizontal
      ? Math.abs(a.at - b.at) <= NEAR && a.from <= b.to + NEAR && b.from <= a.to + NEAR
      : (() => {
          const [h, v] = a.horizontal ? [a, b] : [b, a];
          return v.at >= h.from - NEAR && v.at <= h.to + NEAR && h.at >= v.from - NEAR && h.at <= v.to + NEAR;
        })();
  segments.forEach((a, i) => segments.forEach((b, j) => j > i && touch(a, b) && (parent[find(i)] = find(j))));
  const byRoot = new Map<number, Segment[]>();
  segments.forEach((s, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), s]));
  return [...byRoot.values()];
}

/** The text of one cell: its pieces in lines; a line that ends well short of the cell's edge ended a paragraph. */
function cellText(pieces: PlacedText[], right: number): string {
  const lines: Array<{ y: number; pieces: PlacedText[] }> = [];
  for (const p of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - p.y) <= Math.max(p.height, 1) / 2);
    if (line) line.pieces.push(p);
    else lines.push({ y: p.y, pieces: [p] });
  }
  let text = '';
  lines.forEach((line, i) => {
    const parts = line.pieces.sort((a, b) => a.x - b.x);
    // Justified text comes as words placed apart, without the spaces between them.
    const str = parts
      .map((p, k) => (k > 0 && p.x - (parts[k - 1].x + parts[k - 1].width) > p.height * 0.15 ? ` ${p.str}` : p.str))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (!str) return;
    if (text) {
      const prev = lines[i - 1].pieces;
      const end = Math.max(...prev.map((p) => p.x + p.width));
      const first = parts[0];
      const word = first.str.trim().split(/\s/)[0] ?? '';
      const wordWidth = first.str.length ? (first.width * word.length) / first.str.length : 0;
      // The next line's first word would have fitted: the author broke the line.
      // A line that ends inside a word ("QĐ-" over "UBND") goes on without a space.
      text += end + wordWidth + first.height * 0.6 < right - NEAR * 2 ? '\n' : /\S-$/.test(text) ? '' : ' ';
    }
    text += str;
  });
  return text;
}

/**
 * The bordered tables of a page and the text pieces that are not in them.
 * A grid needs two columns and two rows at least; a lone rule (a signature
 * line, a heading underline) is not a table.
 */
export function pageTables(segments: Segment[], pieces: PlacedText[]): { tables: PageTable[]; rest: PlacedText[] } {
  const tables: PageTable[] = [];
  let rest = pieces;
  for (const group of groups(mergeSegments(segments))) {
    const hs = group.filter((s) => s.horizontal);
    const vs = group.filter((s) => !s.horizontal);
    const xs = distinct(vs.map((s) => s.at));
    const ys = distinct(hs.map((s) => s.at)).reverse();
    if (xs.length < 3 || ys.length < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    const inside = (p: PlacedText) => {
      const cx = p.x + Math.min(p.width, 4) / 2;
      return cx > xs[0] && cx < xs[cols] && p.y < ys[0] && p.y > ys[rows];
    };
    const mine = rest.filter((p) => inside(p) && p.str.trim());
    rest = rest.filter((p) => !inside(p));
    const owner: Array<Array<TableCell | null>> = Array.from({ length: rows }, () => Array(cols).fill(null));
    const out: TableCell[][] = Array.from({ length: rows }, () => []);
    const boxes: Array<{ cell: TableCell; x1: number; x2: number; y1: number; y2: number; pieces: PlacedText[] }> = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (owner[r][c]) continue;
        const midY = (ys[r] + ys[r + 1]) / 2;
        let colSpan = 1;
        while (c + colSpan < cols && !covers(vs, xs[c + colSpan], midY)) colSpan++;
        let rowSpan = 1;
        const openBelow = (rr: number) => {
          for (let k = c; k < c + colSpan; k++) if (covers(hs, ys[rr + 1], (xs[k] + xs[k + 1]) / 2)) return false;
          return true;
        };
        while (r + rowSpan < rows && openBelow(r + rowSpan - 1)) rowSpan++;
        const made = cell('', rowSpan, colSpan);
        for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) owner[r + dr][c + dc] = made;
        out[r].push(made);
        boxes.push({ cell: made, x1: xs[c], x2: xs[c + colSpan], y1: ys[r + rowSpan], y2: ys[r], pieces: [] });
      }
    }
    for (const p of mine) {
      const cx = p.x + Math.min(p.width, 4) / 2;
      const box = boxes.find((b) => cx >= b.x1 && cx <= b.x2 && p.y >= b.y1 && p.y <= b.y2);
      box?.pieces.push(p);
    }
    for (const b of boxes) b.cell.text = cellText(b.pieces, b.x2);
    tables.push({ table: { rows: out }, top: ys[0], bottom: ys[rows], columns: xs });
  }
  return { tables: tables.sort((a, b) => b.top - a.top), rest };
}

const sameColumns = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= NEAR * 2);

/**
 * A table that goes on over the next page: same columns. Its header row,
 * printed again, is dropped; a row that the page break split (its number
 * cell empty, its task cell going on) is joined to the row it began in.
 * Each page keeps its own rows, so each page keeps its text.
 */
export function continueTable(previous: PageTable, next: PageTable, header: TableCell[]): boolean {
  if (!sameColumns(previous.columns, next.columns)) return false;
  const text = (row: TableCell[] | undefined) => row?.map((c) => c.text.replace(/\s+/g, ' ').trim()).join('|') ?? '';
  const rows = next.table.rows;
  if (text(rows[0]) === text(header)) rows.shift();
  const first = rows[0];
  const last = previous.table.rows[previous.table.rows.length - 1];
  const shape = (row: TableCell[] | undefined) => (row?.every((c) => c.rowSpan === 1) ? row.map((c) => c.colSpan).join(',') : null);
  // A row split by the page break: its task cell goes on, or a cell goes on in mid-sentence.
  const goesOn = (row: TableCell[]) => Boolean(row[1]?.text.trim()) || row.some((c) => /^\p{Ll}/u.test(c.text.trim()));
  if (first && shape(first) !== null && shape(first) === shape(last) && !first[0].text.trim() && goesOn(first)) {
    first.forEach((c, i) => {
      if (c.text.trim()) last[i].text = last[i].text ? `${last[i].text} ${c.text}` : c.text;
    });
    rows.shift();
  }
  previous.continued = true;
  next.continues = true;
  return true;
}
