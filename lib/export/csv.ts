import { displayCell, type Table } from './table';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Table): string {
  const lines = [
    table.columns.map((c) => csvField(c.header)),
    ...table.rows.map((row) => table.columns.map((c, i) => csvField(displayCell(c.kind, row[i])))),
  ];
  return BOM + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
