import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/universal';
import { isoToUtc } from '../time/dates';
import { fitWidths, type Cell, type ColumnKind, type Table } from './table';

const FORMATS: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  number: '0.0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** Spreadsheets have no time zone: an instant is written as the wall-clock time in Việt Nam. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function toXlsxCell(kind: ColumnKind, cell: Cell): XlsxCell {
  if (cell === null) return null;
  if (typeof cell === 'string' && kind !== 'date') return { value: cell, type: String };
  switch (kind) {
    case 'date':
      return { value: new Date(isoToUtc(cell as string)), type: Date, format: FORMATS.date };
    case 'datetime':
      return { value: new Date((cell as number) + VIETNAM_OFFSET_MS), type: Date, format: FORMATS.datetime };
    case 'text':
      return { value: String(cell), type: String };
    default:
      return { value: cell as number, type: Number, format: FORMATS[kind] };
  }
}

/** The workbook as write-excel-file wants it: bold frozen header row, typed cells, fitted widths. */
export function toSheets(tables: readonly Table[]): Sheet<Blob>[] {
  return tables.map((table) => ({
    sheet: table.name,
    stickyRowsCount: 1,
    columns: fitWidths(table).map((width) => ({ width })),
    data: [
      table.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' as const, wrap: true })),
      ...table.rows.map((row) => table.columns.map((c, i) => toXlsxCell(c.kind, row[i]))),
    ],
  }));
}

/** The one impure step: zip the sheets into an .xlsx file (works in the extension and in Node). */
export function xlsxBlob(tables: readonly Table[]): Promise<Blob> {
  return writeXlsxFile(toSheets(tables)).toBlob();
}
