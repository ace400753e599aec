import type { Area } from '../schema/plan';
import { areaOfHeading } from './areas';
import { searchForm } from './normalise';

/*
 * The layout of a plan: its lines, the numbered headings, where the body
 * (section I) begins, where the appendix table begins, and the paragraphs
 * that OCR and PDF copying broke into short lines.
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

export interface PlanDocument {
  text: string;
  lines: Line[];
  /** First line of section "I." (or the whole text when there is none). */
  bodyStart: number;
  /** First line of the appendix (Phụ lục) or the table that stands for it; lines.length when none. */
  appendixStart: number;
  paragraphs: Paragraph[];
}

const ROMAN_HEADING = /^\s*(?:[ivxl]{1,4}|[ivx]\s?[l1]{1,2})\s*[.:]\s*\S/;
const NUMBERED = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-dđ]\)|[ivxl]{1,4}\s*[.:])\s+\S/;
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

function findAppendix(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const s = lines[i].s;
    if (APPENDIX_HEADING.test(s) || /\S\s*\|\s*\S/.test(s) || s.split('\t').length > 2) return i;
  }
  return lines.length;
}

/** A line break inside a paragraph is a soft wrap unless the next line opens an item. */
function opensParagraph(prev: Line | undefined, line: Line): boolean {
  if (!prev || prev.s.trim() === '') return true;
  if (NUMBERED.test(line.s) || BULLET.test(line.s) || CLOSING.test(line.s)) return true;
  // "5. Văn phòng HĐND và UBND" on its own line heads the paragraph below it.
  if (NUMBERED.test(prev.s) && prev.s.trim().length < 60 && !/,\s*$/.test(prev.s) && /^\s*\p{Lu}/u.test(line.text)) return true;
  return /[.:;]\s*$/.test(prev.s) && /^\s*\p{Lu}/u.test(line.text) && prev.s.trim().length < 60;
}

/** A short numbered paragraph without a full stop is a heading. */
export function isHeading(p: Paragraph): boolean {
  const t = p.s.trim();
  return NUMBERED.test(t) && t.length < 130 && !/[.;]$/.test(t.replace(/\s*\/\.\s*$/, ''));
}

function buildParagraphs(text: string, search: string, lines: Line[]): Paragraph[] {
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
  lines.forEach((line, i) => {
    if (line.s.trim() === '') return close();
    if (opensParagraph(lines[i - 1], line)) {
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
export function readDocument(text: string): PlanDocument {
  const search = searchForm(text);
  const lines = splitLines(text, search);
  const firstRoman = lines.findIndex((l) => /^\s*i\s*[.:]\s*\S/.test(l.s));
  const bodyStart = firstRoman < 0 ? 0 : firstRoman;
  return { text, lines, bodyStart, appendixStart: findAppendix(lines, bodyStart), paragraphs: buildParagraphs(text, search, lines) };
}

export { CLOSING };
