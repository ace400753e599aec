import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/universal';
import { isoToUtc } from '../time/dates';
import { printLayout } from './printLayout';
import { displayCell, fitWidths, wrappedLines, type Cell, type ColumnKind, type Table } from './table';

const FORMATS: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  number: '0.0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** Spreadsheets have no time zone: an instant is written as the wall-clock time in Việt Nam. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function toXlsxCell(kind: ColumnKind, cell: Cell, bold: boolean): XlsxCell {
  if (cell === null) return null;
  // Counts, marks ("x") and a heading's number (I, II) stand centred in their column.
  const centred = kind === 'integer' ? { align: 'center' as const } : {};
  const style = { wrap: true, alignVertical: 'top' as const, ...centred, ...(bold ? { fontWeight: 'bold' as const } : {}) };
  if (typeof cell === 'string' && kind !== 'date') return { value: cell, type: String, ...style };
  switch (kind) {
    case 'date':
      return { value: new Date(isoToUtc(cell as string)), type: Date, format: FORMATS.date, ...style };
    case 'datetime':
      return { value: new Date((cell as number) + VIETNAM_OFFSET_MS), type: Date, format: FORMATS.datetime, ...style };
    case 'text':
      return { value: String(cell), type: String, ...style };
    default:
      return { value: cell as number, type: Number, format: FORMATS[kind], ...style };
  }
}

/** The font of official documents; row heights are worked out for it (Liberation Serif has its metrics). */
const FONT = 'Times New Roman';
const FONT_SIZE = 12;
/** Points per line of 12-point text, with its leading. */
const LINE_POINTS = 15;

/** The row's height rides on its first cell (an empty first cell becomes an empty string that carries it). */
function withHeight(cells: XlsxCell[], points: number): XlsxCell[] {
  if (points <= LINE_POINTS) return cells;
  const [first, ...rest] = cells;
  return [first === null ? { value: '', type: String, height: points } : { ...first, height: points }, ...rest];
}

/** 1-based row of the column headers: below the caption and a blank row, or the first. */
export const headerRow = (table: Table): number => (table.caption?.length ? table.caption.length + 2 : 1);

/**
 * The workbook as write-excel-file wants it: the caption (title, unit,
 * period) across the sheet, then the bold header row, frozen, and typed,
 * wrapped cells in fitted widths.
 */
export function toSheets(tables: readonly Table[]): Sheet<Blob>[] {
  return tables.map((table) => {
    const span = table.columns.length;
    const caption = (table.caption ?? []).map((line, i) => [
      i === 0 ? { value: line, type: String, columnSpan: span, fontWeight: 'bold' as const, fontSize: 13, align: 'center' as const } : { value: line, type: String, columnSpan: span },
      ...Array<null>(span - 1).fill(null),
    ]);
    const bold = new Set(table.boldRows);
    const widths = fitWidths(table);
    // Rows as tall as their wrapped text: a spreadsheet does not grow a row by itself when it opens the file.
    // Bold capitals (an area's heading, the header row) run about 1.4 times as wide as running text.
    const height = (cells: string[], wide: boolean) =>
      LINE_POINTS * Math.max(1, ...cells.map((text, i) => (text === '' ? 1 : wrappedLines(text, wide ? widths[i] * 0.7 : widths[i]))));
    const rowHeight = (row: Cell[], r: number) => height(table.columns.map((c, i) => displayCell(c.kind, row[i])), bold.has(r));
    return {
      sheet: table.name,
      orientation: 'landscape' as const,
      stickyRowsCount: headerRow(table),
      columns: widths.map((width) => ({ width })),
      data: [
        ...caption,
        ...(caption.length ? [[null]] : []),
        withHeight(
          table.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' as const, wrap: true, align: 'center' as const, alignVertical: 'center' as const })),
          height(table.columns.map((c) => c.header), true),
        ),
        ...table.rows.map((row, r) => withHeight(table.columns.map((c, i) => toXlsxCell(c.kind, row[i], bold.has(r))), rowHeight(row, r))),
      ],
    };
  });
}

/** The one impure step: zip the sheets into an .xlsx file, set to print (works in the extension and in Node). */
export function xlsxBlob(tables: readonly Table[]): Promise<Blob> {
  const print = tables.map((t) => ({ name: t.name, headerRow: headerRow(t) }));
  return writeXlsxFile(toSheets(tables), { fontFamily: FONT, fontSize: FONT_SIZE, features: [printLayout(print)] }).toBlob();
}
