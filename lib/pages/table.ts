import { MAX_ROWS } from './caps';
import { labelKey, valueOf } from './text';

/** One data row; cells are kept as elements and read only when a column is asked for. */
export interface GridRow {
  element: Element;
  /** A table row's own live cell list (no copy per row: a 1,000-row list reads only a few columns). */
  cells: ArrayLike<Element>;
}

/** A data table or ARIA grid, with its headers folded for matching. */
export interface Grid {
  element: Element;
  headers: string[];
  rows: GridRow[];
}

const ARIA_GRIDS = '[role="grid"],[role="table"],[role="treegrid"]';
const ARIA_CELLS = '[role="gridcell"],[role="cell"],[role="rowheader"],[role="columnheader"]';

function headerKeys(cells: ArrayLike<Element>): string[] {
  return Array.from(cells, (c) => labelKey(valueOf(c)));
}

function readHtmlTable(table: HTMLTableElement): Grid | null {
  const all = Array.from(table.rows);
  // The last header row names the columns when a table groups its headers in two rows.
  let headerAt = -1;
  const headRows = table.tHead?.rows;
  if (headRows && headRows.length > 0) headerAt = all.indexOf(headRows[headRows.length - 1]);
  else if (all.length > 0 && Array.from(all[0].cells).every((c) => c.tagName === 'TH')) headerAt = 0;
  if (headerAt < 0) return null;
  const headers = headerKeys(all[headerAt].cells);
  const rows: GridRow[] = [];
  // One row past the cap is kept so that the cap can say rows were dropped.
  for (let i = headerAt + 1; i < all.length && rows.length <= MAX_ROWS; i++) {
    const tr = all[i];
    const section = tr.parentElement?.tagName;
    if (section === 'THEAD' || section === 'TFOOT') continue;
    const cells = tr.cells;
    // "Không có dữ liệu" and group captions span the table in one cell: not data.
    if (cells.length * 2 < headers.length) continue;
    rows.push({ element: tr, cells });
  }
  return { element: table, headers, rows };
}

function readAriaGrid(grid: Element): Grid | null {
  const rowEls = grid.querySelectorAll('[role="row"]');
  let headers: string[] | null = null;
  const rows: GridRow[] = [];
  for (const row of Array.from(rowEls)) {
    if (rows.length > MAX_ROWS) break;
    const cells = Array.from(row.querySelectorAll(ARIA_CELLS));
    if (headers === null) {
      if (cells.length > 0 && cells.every((c) => c.getAttribute('role') === 'columnheader')) headers = headerKeys(cells);
      continue;
    }
    if (cells.length * 2 < headers.length) continue;
    rows.push({ element: row, cells });
  }
  return headers ? { element: grid, headers, rows } : null;
}

/** Every data table and ARIA grid under `root`, in document order of kind (tables first). */
export function readGrids(root: ParentNode): Grid[] {
  const grids: Grid[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const grid = readHtmlTable(table);
    if (grid) grids.push(grid);
  }
  for (const el of Array.from(root.querySelectorAll(ARIA_GRIDS))) {
    if (el.tagName === 'TABLE') continue;
    const grid = readAriaGrid(el);
    if (grid) grids.push(grid);
  }
  return grids;
}

/**
 * The column a person would read under one of these labels (folded): an exact
 * header first, then one that starts with it, then one that contains it.
 */
export function columnIndex(headers: string[], aliases: readonly string[]): number {
  for (const a of aliases) {
    const i = headers.indexOf(a);
    if (i >= 0) return i;
  }
  for (const a of aliases) {
    const i = headers.findIndex((h) => h.startsWith(a));
    if (i >= 0) return i;
  }
  for (const a of aliases) {
    const i = headers.findIndex((h) => h.includes(a));
    if (i >= 0) return i;
  }
  return -1;
}

/** Column positions for a whole field spec; -1 where the page has no such column. */
export function columnsOf<K extends string>(headers: string[], spec: Record<K, readonly string[]>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(spec) as K[]) out[key] = columnIndex(headers, spec[key]);
  return out;
}

/** Every grid that has all of these columns (an index page shows one per group of units). */
export function findGrids(root: ParentNode, required: readonly (readonly string[])[]): Grid[] {
  return readGrids(root).filter((g) => required.every((aliases) => columnIndex(g.headers, aliases) >= 0));
}

/** The first grid that has all of these columns. */
export function findGrid(root: ParentNode, required: readonly (readonly string[])[]): Grid | null {
  return findGrids(root, required)[0] ?? null;
}

/** A cell's text by column position; '' when the row has no such cell. */
export function cellText(row: GridRow, index: number): string {
  return index < 0 ? '' : valueOf(row.cells[index]);
}
