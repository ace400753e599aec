import { formatDateVi, vietnamDate } from '../time/dates';
import { formatNumber, formatPercent } from '../metrics/format';

/**
 * A sheet as plain data, shared by the XLSX and CSV writers. Dates are ISO
 * strings, instants epoch milliseconds, rates fractions; a string in a
 * number, percent or date column is a note such as "chưa có dữ liệu".
 */
export type ColumnKind = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'datetime';
export interface Column {
  header: string;
  kind: ColumnKind;
}
export type Cell = string | number | null;
export interface Table {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** Lines printed above the column headers in the workbook: the sheet's title, the unit, the period. CSV leaves them out. */
  caption?: string[];
  /** Indexes of rows printed in bold: an area's heading, the totals. */
  boldRows?: number[];
}

function timeVi(ms: number): string {
  const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
  return `${formatDateVi(vietnamDate(ms))} ${hhmm}`;
}

/** The text a reader sees in the cell, Vietnamese style (dd/mm/yyyy, decimal comma). */
export function displayCell(kind: ColumnKind, cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return kind === 'date' ? formatDateVi(cell) : cell;
  switch (kind) {
    case 'percent':
      return formatPercent(cell);
    case 'number':
      return Number.isInteger(cell) ? String(cell) : formatNumber(cell, 2);
    case 'datetime':
      return timeVi(cell);
    default:
      return String(cell);
  }
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const MIN_TEXT_WIDTH = 10;
const MAX_TEXT_WORD = 30;
/** About what an A4 landscape page holds across, in characters, printed at 85–90%. */
export const PAGE_CHARS = 160;

const longestWord = (text: string) => Math.max(0, ...text.split(' ').map((w) => w.length));

/**
 * Column widths in characters: each fits its header's longest word and its
 * longest value; when the sheet is wider than a landscape page, the text
 * columns share what the other columns leave, by how much text each holds,
 * and their text wraps.
 */
export function fitWidths(table: Table): number[] {
  const shown = table.columns.map((column, i) => table.rows.map((row) => displayCell(column.kind, row[i])));
  const natural = table.columns.map((column, i) => {
    const longest = Math.max(longestWord(column.header), ...shown[i].map((v) => v.length));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  if (natural.reduce((a, b) => a + b, 0) <= PAGE_CHARS) return natural;
  const text = table.columns.map((c) => c.kind === 'text');
  const fixed = natural.reduce((sum, w, i) => (text[i] ? sum : sum + w), 0);
  const weight = shown.map((values) => values.reduce((sum, v) => sum + v.length, 0) / Math.max(1, values.length) + 1);
  const totalWeight = weight.reduce((sum, w, i) => (text[i] ? sum + w : sum), 0);
  const budget = Math.max(PAGE_CHARS - fixed, 0);
  // No narrower than a column's longest word (a dossier code, a date in words): words wrap, they do not break.
  const floor = shown.map((values) => Math.min(MAX_TEXT_WORD, Math.max(MIN_TEXT_WIDTH, ...values.map((v) => longestWord(v) + 2))));
  return natural.map((w, i) => (text[i] ? Math.min(w, Math.max(floor[i], Math.floor((budget * weight[i]) / totalWeight))) : w));
}

/**
 * Lines a text takes in a column `width` wide when it wraps at spaces (a
 * longer word breaks). A column's width counts digits ("0"); running
 * Vietnamese text is narrower, about 1.15 letters to a digit, which this
 * assumes short of the 1.25 seen so that a row is never too low for its text.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.15) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (used > 0 && used + 1 + word.length <= room) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      used = word.length;
      while (used > room) {
        lines += 1;
        used -= room;
      }
    }
  }
  return lines;
}
