import { MAX_ROWS } from './caps';
import { finish, type Steps } from '../time/steps';
import { labelKey, valueOf } from './text';

/** One data row; cells are kept as elements and read only when a column is asked for. */
export interface GridRow {
  element: Element;
  /** The row's own cells. */
  cells: ArrayLike<Element>;
}

/** A data table or ARIA grid, with its headers folded for matching. */
export interface Grid {
  element: Element;
  /** Each column's own header (the lowest header cell over it), folded. */
  headers: string[];
  /** Each column's headers from the top group down ("so hoa tphs" under a "Số hóa" group), folded. */
  paths: string[];
  /** Each column's header as the page shows it, for the person to point at. */
  shown: string[];
  rows: GridRow[];
}

const ARIA_GRIDS = '[role="grid"],[role="table"],[role="treegrid"]';
const ARIA_CELLS = '[role="gridcell"],[role="cell"],[role="rowheader"],[role="columnheader"]';
const MAX_SPAN = 50;
/** A header as shown is a few words; more is not a header a person would point at. */
const MAX_SHOWN = 200;

const span = (cell: Element, name: 'colspan' | 'rowspan'): number =>
  Math.min(MAX_SPAN, Math.max(1, Number(cell.getAttribute(name) ?? cell.getAttribute(`aria-${name}`)) || 1));

interface Headers {
  headers: string[];
  paths: string[];
  shown: string[];
}

/**
 * Lays header rows out column by column, as a person reads them: a group cell
 * ("Ngày", colspan 3) stands over each of its leaves ("Tiếp nhận", "Hẹn trả",
 * "Hoàn thành"); a cell spanning two rows is its column's leaf.
 */
function layOut(rows: ArrayLike<Element>[]): Headers {
  const grid: (Element | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of Array.from(cells)) {
      while (grid[r][c]) c++;
      const across = span(cell, 'colspan');
      const down = Math.min(span(cell, 'rowspan'), rows.length - r);
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < across; dc++) grid[r + dr][c + dc] = cell;
      c += across;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const out: Headers = { headers: [], paths: [], shown: [] };
  for (let c = 0; c < width; c++) {
    const stack: Element[] = [];
    for (const row of grid) {
      const cell = row[c];
      if (cell && stack[stack.length - 1] !== cell && valueOf(cell)) stack.push(cell);
    }
    const leaf = stack[stack.length - 1];
    out.headers.push(leaf ? labelKey(valueOf(leaf)) : '');
    out.paths.push(stack.map((cell) => labelKey(valueOf(cell))).join(' '));
    out.shown.push(stack.map((cell) => valueOf(cell)).join(' › ').slice(0, MAX_SHOWN));
  }
  return out;
}

export const isHeaderCell = (cell: Element): boolean => cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader';

const isTableCell = (el: Element): boolean => el.tagName === 'TD' || el.tagName === 'TH';

/**
 * A table row's own cells. Not `tr.cells`: the command line's DOM (happy-dom)
 * counts there the cells of a table nested in a cell, and the row would be
 * read with other columns than the browser reads it with.
 */
export function cellsOfRow(tr: Element): Element[] {
  // A walk over the row's elements: filtering its children collection costs a DOM call per cell and per test.
  const cells: Element[] = [];
  for (let el = tr.firstElementChild; el; el = el.nextElementSibling) if (isTableCell(el)) cells.push(el);
  return cells;
}

/**
 * A table's header rows: those in its THEAD, else its leading rows of header
 * cells only. Read from the rows themselves, not from `tHead.rows`, which not
 * every DOM the command line may use implements. A step per row: a list of
 * thousands is read a slice at a time.
 */
function* readingHtmlTable(table: HTMLTableElement): Steps<Grid | null> {
  // A row is the table's own when its section (or the table itself) is the table's child: a nested table's rows are not.
  const all = Array.from(table.rows).filter((tr) => tr.parentElement === table || tr.parentElement?.parentElement === table);
  let headerRows = 0;
  while (headerRows < all.length) {
    const tr = all[headerRows];
    const cells = cellsOfRow(tr);
    const inHead = tr.parentElement?.tagName === 'THEAD';
    if (!(inHead || (cells.length > 0 && cells.every(isHeaderCell)))) break;
    headerRows++;
  }
  if (headerRows === 0) return null;
  const laid = layOut(all.slice(0, headerRows).map(cellsOfRow));
  const rows: GridRow[] = [];
  // One row past the cap is kept so that the cap can say rows were dropped.
  for (let i = headerRows; i < all.length && rows.length <= MAX_ROWS; i++) {
    yield;
    const tr = all[i];
    const section = tr.parentElement?.tagName;
    if (section === 'THEAD' || section === 'TFOOT') continue;
    const cells = cellsOfRow(tr);
    // "Không có dữ liệu" and group captions span the table in one cell: not data.
    if (cells.length * 2 < laid.headers.length) continue;
    rows.push({ element: tr, cells });
  }
  return { element: table, ...laid, rows };
}

function* readingAriaGrid(grid: Element): Steps<Grid | null> {
  const headerRows: Element[][] = [];
  const rows: GridRow[] = [];
  let width = 0;
  for (const row of Array.from(grid.querySelectorAll('[role="row"]'))) {
    if (rows.length > MAX_ROWS) break;
    yield;
    const cells = Array.from(row.querySelectorAll(ARIA_CELLS));
    if (rows.length === 0 && cells.length > 0 && cells.every(isHeaderCell)) {
      headerRows.push(cells);
      width = Math.max(width, cells.length);
      continue;
    }
    if (headerRows.length === 0 || cells.length * 2 < width) continue;
    rows.push({ element: row, cells });
  }
  return headerRows.length ? { element: grid, ...layOut(headerRows), rows } : null;
}

/** Every data table and ARIA grid under `root`, in document order of kind (tables first), a row at a time. */
export function* readingGrids(root: ParentNode): Steps<Grid[]> {
  const grids: Grid[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const grid = yield* readingHtmlTable(table);
    if (grid) grids.push(grid);
  }
  for (const el of Array.from(root.querySelectorAll(ARIA_GRIDS))) {
    if (el.tagName === 'TABLE') continue;
    const grid = yield* readingAriaGrid(el);
    if (grid) grids.push(grid);
  }
  return grids;
}

/** Every data table and ARIA grid under `root`, straight through. */
export const readGrids = (root: ParentNode): Grid[] => finish(readingGrids(root));

const wordsStart = (text: string, words: string): boolean => text === words || text.startsWith(`${words} `) || text.startsWith(`${words}(`);
// Short aliases ("kq", "ma") would be found inside unrelated headers: only longer ones are looked for within one.
const MIN_INNER = 6;
const wordsWithin = (text: string, words: string): boolean => words.length >= MIN_INNER && ` ${text} `.includes(` ${words} `);

type Match = (header: string, alias: string) => boolean;
const PASSES: Match[] = [(h, a) => h === a, wordsStart, wordsWithin];

/** Columns this person pointed at for a field on this host: their header (folded) by field. */
export type TaughtColumns = Partial<Record<string, string>>;

/**
 * Column positions for a whole field spec; -1 where the page has no such
 * column. A person reads a column by its own header first, then by its
 * group and header together; an exact header wins over one that starts with
 * the label, which wins over one that holds it. A column goes to one field
 * only: a loose match never takes a column an exact one named. A column the
 * person pointed at for a field is that field's, before anything else.
 */
export function columnsOf<K extends string>(grid: Pick<Grid, 'headers' | 'paths'>, spec: Record<K, readonly string[]>, taught: TaughtColumns = {}): Record<K, number> {
  const keys = Object.keys(spec) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, -1])) as Record<K, number>;
  const taken = new Set<number>();
  const take = (key: K, i: number) => {
    out[key] = i;
    taken.add(i);
  };
  for (const key of keys) {
    const header = taught[key];
    if (!header) continue;
    const i = grid.headers.findIndex((h, n) => !taken.has(n) && (h === header || grid.paths[n] === header));
    if (i >= 0) take(key, i);
  }
  for (const match of PASSES) {
    for (const key of keys) {
      if (out[key] >= 0) continue;
      for (const alias of spec[key]) {
        let i = grid.headers.findIndex((h, n) => !taken.has(n) && match(h, alias));
        if (i < 0) i = grid.paths.findIndex((p, n) => !taken.has(n) && match(p, alias));
        if (i >= 0) {
          take(key, i);
          break;
        }
      }
    }
  }
  return out;
}

/** Every grid that has all of these columns (an index page shows one per group of units). */
export function findGrids(root: ParentNode, required: readonly (readonly string[])[]): Grid[] {
  return readGrids(root).filter((g) => Object.values(columnsOf(g, Object.fromEntries(required.map((a, n) => [n, a])))).every((i) => i >= 0));
}

/** The first grid that has all of these columns. */
export function findGrid(root: ParentNode, required: readonly (readonly string[])[]): Grid | null {
  return findGrids(root, required)[0] ?? null;
}

/** A cell's text by column position; '' when the row has no such cell. */
export function cellText(row: GridRow, index: number): string {
  return index < 0 ? '' : valueOf(row.cells[index]);
}
