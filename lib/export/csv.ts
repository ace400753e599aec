import { displayCell, type Cell, type ColumnKind, type Table } from './table';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A spreadsheet opening the CSV runs a cell starting with one of these as a
 * formula (`=HYPERLINK(…)`, `+SUM(…)`, `-2+3+cmd|…`, `@SUM(…)`; tab and CR
 * also lead some of them into a formula). A leading apostrophe makes it text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Only strings are text that came from a page or a file; numbers are the
 * extension's own figures, so "-13,33" stays a negative number.
 */
function csvCell(kind: ColumnKind, cell: Cell): string {
  const shown = displayCell(kind, cell);
  return csvField(typeof cell === 'string' ? neutraliseFormula(shown) : shown);
}

export function toCsv(table: Table): string {
  const lines = [
    table.columns.map((c) => csvField(neutraliseFormula(c.header))),
    ...table.rows.map((row) => table.columns.map((c, i) => csvCell(c.kind, row[i]))),
  ];
  return BOM + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
