import type { Area } from '../schema/plan';
import { areaOfHeading } from './areas';
import { searchForm } from './normalise';
import { isTableLine, rowCells, tableOfLines, type Table } from './table';

/*
 * The layout of a plan: its lines, the numbered headings, where the body
 * (section I) begins, where the appendix table begins, and the paragraphs
 * that OCR and PDF copying broke into short lines.
 *
 * Text from a PDF is wrapped at the page width and carries the page's
 * furniture: a page number and sometimes a running header at each page
 * break. That furniture is dropped before anything else reads the text, so a
 * paragraph that runs over a page reads as one.
 */

export interface Line {
  start: number;
  text: string;
  /** Search form of `text` (same length). */
  s: string;
}

export interface Paragraph {
  text: string;
  s: string;
  /** Index of its first line. */
  line: number;
  area: Area | null;
  /** Search form of the last roman-numbered heading ("iii. nhiem vu, giai phap"). */
  section: string;
}

/** A table in the text: its first line and the table its rows make. */
export interface TableBlock {
  line: number;
  table: Table;
}

export interface PlanDocument {
  text: string;
  lines: Line[];
  tables: TableBlock[];
  /** First line of section "I." (or the whole text when there is none). */
  bodyStart: number;
  /** First line of the appendix (Phụ lục) or the table that stands for it; lines.length when none. */
  appendixStart: number;
  paragraphs: Paragraph[];
}

const ROMAN_HEADING = /^\s*(?:[ivxl]{1,4}|[ivx]\s?[l1]{1,2})\s*[.:]\s*\S/;
const NUMBERED = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-iđ]\)|[ivxl]{1,4}\s*[.:])\s+\S/;
/** "01 năm 2026", "02 lớp": a wrapped line that starts with a count or a date part, not an item number. */
const NUMBER_IN_PROSE = /^\s*\d{1,2}\s+\p{Ll}/u;
/** A field of a task block ("Đơn vị chủ trì: ...", "Thời gian thực hiện: ...") starts its own line. */
const FIELD_LABEL = /^\s*(?:(?:don vi|co quan) (?:chu tri|phoi hop|thuc hien)|chu tri|phoi hop|san pham|thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do)\s*:/;
/** A page number on its own line: "2", "- 2 -", "Trang 2", "2/7". */
const PAGE_NUMBER = /^\s*(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–])?\s*$/i;
const BULLET = /^\s*[-+•*–]\s*/;
const APPENDIX_HEADING = /^\s*phu luc\b/;
const CLOSING = /^\s*(?:noi nhan\b|tren day la\b|tm\. |kt\. )/;

export function isRomanHeading(s: string): boolean {
  return ROMAN_HEADING.test(s) && s.trim().length < 160;
}

function splitLines(text: string, search: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, text: raw, s: search.slice(start, start + raw.length) });
    start += raw.length + 1;
  }
  return lines;
}

/**
 * The tables of the text: runs of row lines. A row that text wrapped at the
 * page width goes on over the next lines: a line continues the row above
 * while that row has fewer cells than the widest row, or when it has no cell
 * separator at all (its last cell wrapped).
 */
function findTables(lines: Line[]): TableBlock[] {
  const blocks: Array<{ line: number; rows: string[] }> = [];
  let open: { line: number; rows: string[] } | null = null;
  lines.forEach((line, i) => {
    if (line.text.trim() === '') {
      open = null;
      return;
    }
    const isRow = isTableLine(line.text);
    if (open && (!isRow || rowCells(open.rows[open.rows.length - 1]).length < Math.max(...open.rows.map((r) => rowCells(r).length)))) {
      open.rows[open.rows.length - 1] += ` ${line.text.trim()}`;
    } else if (isRow) {
      if (!open) {
        open = { line: i, rows: [] };
        blocks.push(open);
      }
      open.rows.push(line.text);
    }
  });
  return blocks.map((b) => ({ line: b.line, table: tableOfLines(b.rows) }));
}

const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** The number of a section heading ("iv. to chuc thuc hien" → 4), 0 when it has none. */
function sectionNumber(s: string): number {
  const numeral = s.trim().match(/^[ivxl]+/)?.[0] ?? '';
  return [...numeral].reduce((n, ch, i) => {
    const v = ROMAN_VALUE[ch];
    return (ROMAN_VALUE[numeral[i + 1]] ?? 0) > v ? n - v : n + v;
  }, 0);
}

/**
 * The appendix: a "Phụ lục" heading, or the first table the plan does not
 * go on after. A table inside a section (a schedule under "III.") is
 * followed by the next section ("IV."); OCR noise that looks like a
 * numeral is not the next section.
 */
function findAppendix(lines: Line[], tables: TableBlock[], from: number): number {
  const heading = lines.findIndex((l, i) => i >= from && APPENDIX_HEADING.test(l.s));
  const sections = lines.flatMap((l, i) => (i >= from && isRomanHeading(l.s) ? [{ line: i, n: sectionNumber(l.s) }] : []));
  const inline = (t: TableBlock) => {
    const before = sections.filter((h) => h.line < t.line).pop();
    return before !== undefined && sections.some((h) => h.line > t.line && h.n === before.n + 1);
  };
  const table = tables.find((t) => t.line >= from && !inline(t));
  const starts = [heading, table?.line ?? -1].filter((i) => i >= 0);
  return starts.length ? Math.min(...starts) : lines.length;
}

/**
 * Drops page breaks (form feeds, see pdf.ts), page numbers on their own
 * line, the blank margins around them, and running headers: short lines repeated next to two or more page
 * breaks. Pages are joined without a blank line, as a paragraph may go on.
 */
function withoutPageFurniture(text: string): string {
  const lines = text.split('\n');
  const isBreak = (i: number) => lines[i].includes('\f');
  const isNumber = (i: number) => PAGE_NUMBER.test(lines[i]);
  // The first line of text on each side of every page break, past blanks and page numbers.
  const edges: number[] = [];
  // Blank lines beside a break are page margins (the gap under a page number at the top), not paragraph ends.
  const margin = new Set<number>();
  lines.forEach((_, b) => {
    if (!isBreak(b)) return;
    for (const step of [-1, 1]) {
      let i = b + step;
      const blanks: number[] = [];
      while (i >= 0 && i < lines.length && (lines[i].trim() === '' || isNumber(i)) && !isBreak(i)) {
        blanks.push(i);
        i += step;
      }
      // The blank line that ends a table stays: without it the next page's first line would join the last row.
      if (!(i >= 0 && i < lines.length && lines[i].trimStart().startsWith('|'))) for (const k of blanks) margin.add(k);
      if (i >= 0 && i < lines.length && !isBreak(i)) edges.push(i);
    }
  });
  const count = new Map<string, number>();
  for (const i of edges) count.set(lines[i].trim(), (count.get(lines[i].trim()) ?? 0) + 1);
  const running = new Set(edges.filter((i) => lines[i].trim().length < 100 && (count.get(lines[i].trim()) ?? 0) >= 2));
  return lines.filter((line, i) => !isBreak(i) && !isNumber(i) && !running.has(i) && !margin.has(i)).join('\n');
}

/**
 * The width text was wrapped at, in characters: long lines cluster just
 * below it. Text with one paragraph per line has no such width (Infinity).
 */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 20) return Infinity;
  const high = lengths[Math.floor(lengths.length * 0.9)];
  // Wrapped text: most lines are near the width; one paragraph per line: lengths spread far beyond it.
  const nearHigh = lengths.filter((n) => n >= high * 0.8 && n <= high).length;
  return high <= 120 && nearHigh >= lengths.length * 0.3 ? high : Infinity;
}

/** True when the first word of `line` would have fitted at the end of `prev`: the author broke the line. */
function brokenShort(prev: Line, line: Line, width: number): boolean {
  const firstWord = line.text.trim().split(/\s/, 1)[0];
  // Proportional fonts fit more narrow letters on a line: keep a margin so a full line never counts as short.
  return prev.text.trim().length + 1 + firstWord.length < width * 0.9;
}

/** A line break inside a paragraph is a soft wrap unless the next line opens an item. */
function opensParagraph(prev: Line | undefined, line: Line, width: number, inTable: boolean): boolean {
  if (!prev || prev.s.trim() === '') return true;
  // In a table a number at a line start is the row's number (STT), however the row reads.
  if (NUMBERED.test(line.s) && (inTable || !NUMBER_IN_PROSE.test(line.text) || /[.:;]\s*$/.test(prev.s))) return true;
  if (BULLET.test(line.s) || CLOSING.test(line.s) || FIELD_LABEL.test(line.s)) return true;
  const short = prev.s.trim().length < 60 || brokenShort(prev, line, width);
  // "5. Văn phòng HĐND và UBND" on its own line heads the paragraph below it.
  if (NUMBERED.test(prev.s) && short && !/,\s*$/.test(prev.s) && /^\s*\p{Lu}/u.test(line.text)) return true;
  return /[.:;]\s*$/.test(prev.s) && /^\s*\p{Lu}/u.test(line.text) && short;
}

/** A short numbered paragraph without a full stop is a heading. */
export function isHeading(p: Paragraph): boolean {
  const t = p.s.trim();
  return NUMBERED.test(t) && t.length < 130 && !/[.;]$/.test(t.replace(/\s*\/\.\s*$/, ''));
}

function buildParagraphs(text: string, search: string, lines: Line[], appendixStart: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: { first: number; last: number } | null = null;
  const close = () => {
    if (!open) return;
    const from = lines[open.first].start;
    const last = lines[open.last];
    const body = text.slice(from, last.start + last.text.length);
    paragraphs.push({ text: body, s: search.slice(from, from + body.length), line: open.first, area: null, section: '' });
    open = null;
  };
  const width = wrapWidth(lines);
  lines.forEach((line, i) => {
    if (line.s.trim() === '') return close();
    if (opensParagraph(lines[i - 1], line, width, i >= appendixStart)) {
      close();
      open = { first: i, last: i };
    } else if (open) open.last = i;
    else open = { first: i, last: i };
  });
  close();
  // Each paragraph belongs to the area of the last heading that named one.
  let area: Area | null = null;
  let section = '';
  for (const p of paragraphs) {
    if (isHeading(p)) {
      const named = areaOfHeading(p.s);
      if (isRomanHeading(p.s)) section = p.s.trim();
      if (named) area = named;
      else if (isRomanHeading(p.s)) area = null;
    }
    p.area = area;
    p.section = section;
  }
  return paragraphs;
}

/** Reads the layout of a plan. `text` must be NFC (parsePlan normalises it). */
export function readDocument(raw: string): PlanDocument {
  const text = withoutPageFurniture(raw);
  const search = searchForm(text);
  const lines = splitLines(text, search);
  const firstRoman = lines.findIndex((l) => /^\s*i\s*[.:]\s*\S/.test(l.s));
  const bodyStart = firstRoman < 0 ? 0 : firstRoman;
  const tables = findTables(lines);
  const appendixStart = findAppendix(lines, tables, bodyStart);
  return { text, lines, tables, bodyStart, appendixStart, paragraphs: buildParagraphs(text, search, lines, appendixStart) };
}

export { CLOSING };
