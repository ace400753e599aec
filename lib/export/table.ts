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

/** Column widths in characters that fit the header and the longest value. */
export function fitWidths(table: Table): number[] {
  return table.columns.map((column, i) => {
    let longest = column.header.length;
    for (const row of table.rows) longest = Math.max(longest, displayCell(column.kind, row[i]).length);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}
