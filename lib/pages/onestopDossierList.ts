import type { Dossier } from '../schema/facts';
import { compositeOf, type Composite } from './composite';
import { DOSSIER_CODE, DOSSIER_LABELS, type DossierField, toDossier } from './dossierFields';
import { cellText, columnsOf, readingGrids, type Grid, type GridRow, type TaughtColumns } from './table';
import { finish, type Steps } from '../time/steps';
import { definePageKind, type Extraction } from './types';

// VNPT iGate lists: /vi/dossier/search, /vi/dossier/processing, … (a section, no dossier id).
const LIST_PATH = /\/dossier\/[\w-]+\/?$/;
// Other vendors put the whole dossier in one cell under one of these headers.
const COMPOSITE_HEADERS = ['thong tin ho so', 'thong tin', 'ho so', 'noi dung ho so', 'chi tiet ho so'] as const;
/** The fields a check reads; when a list gives none of them under any header, the side panel says so. */
const CHECKED: readonly DossierField[] = ['due', 'completed', 'eResult', 'digitized', 'reuse', 'rating'];

interface DossierGrid {
  grid: Grid;
  col: Record<DossierField, number>;
  /** The column whose cells write "Nhãn: giá trị" lines, or -1. */
  composite: number;
}

/** The list of dossiers on a page: a grid with a code and a status column, or one whose cells hold both as lines. */
function* findingDossierGrid(doc: Document, taught: TaughtColumns): Steps<DossierGrid | null> {
  for (const grid of yield* readingGrids(doc)) {
    const col = columnsOf(grid, DOSSIER_LABELS, taught);
    if (col.code >= 0 && col.status >= 0) return { grid, col, composite: -1 };
    const composite = columnsOf(grid, { composite: COMPOSITE_HEADERS }).composite;
    if (composite < 0) continue;
    // Named by its header, and shown to be one by its first rows: a code and a status in one cell.
    const first = grid.rows.slice(0, 3).map((row) => row.cells[composite]);
    if (first.some((cell) => cell && DOSSIER_CODE.test(cell.textContent ?? '') && compositeOf(cell).get(DOSSIER_LABELS.status))) {
      return { grid, col, composite };
    }
  }
  return null;
}

/** One row's field by its column, else from the lines of its composite cell. */
function rowReader(row: GridRow, found: DossierGrid): (field: DossierField) => string {
  let lines: Composite | null = null;
  const composite = () => (lines ??= compositeOf(found.composite >= 0 ? row.cells[found.composite] : null));
  return (field) => {
    const own = cellText(row, found.col[field]);
    if (own || found.composite < 0) return own;
    if (field === 'code') return cellText(row, found.composite);
    const hit = composite().get(DOSSIER_LABELS[field]);
    if (hit) return hit.value;
    // "Tiếp nhận trực tuyến: 04/05/2026": the label of the receiving date names the channel.
    if (field === 'channel') return composite().get(DOSSIER_LABELS.received)?.label ?? '';
    return '';
  };
}

/** Fields a check needs that neither a header nor any row's lines gave. */
function unreadFields(found: DossierGrid, dossiers: readonly Dossier[], reads: ((f: DossierField) => string)[]): DossierField[] {
  if (dossiers.length === 0) return [];
  return CHECKED.filter((field) => found.col[field] < 0 && !reads.some((read) => read(field)));
}

/** The list's rows, read one at a time: the caller may give way between them. */
function* readList(doc: Document, _url: URL, taught: TaughtColumns = {}): Steps<Extraction> {
  const anchors = new Map<string, Element>();
  const found = yield* findingDossierGrid(doc, taught);
  if (!found) return { facts: { dossiers: [] }, anchors };
  anchors.set('list', found.grid.element);
  const dossiers: Dossier[] = [];
  const reads: ((f: DossierField) => string)[] = [];
  for (const row of found.grid.rows) {
    yield;
    const read = rowReader(row, found);
    const dossier = toDossier(read);
    if (!dossier || anchors.has(dossier.code)) continue;
    dossiers.push(dossier);
    reads.push(read);
    anchors.set(dossier.code, row.element);
  }
  const unread = unreadFields(found, dossiers, reads);
  const notes = unread.length ? { droppedRows: 0, cutFields: 0, unread, headers: found.grid.shown.slice(0, 200) } : undefined;
  return { facts: { dossiers, notes }, anchors };
}

/** Danh sách hồ sơ một cửa: a table or ARIA grid, one dossier per row, rendered whenever the app likes. */
export const onestopDossierList = definePageKind({
  kind: 'onestop.dossier_list',
  list: true,
  families: ['onestop'],
  name: { vi: 'Danh sách hồ sơ một cửa', en: 'One-stop dossier list' },
  matches(url, doc) {
    return LIST_PATH.test(url.pathname) || finish(findingDossierGrid(doc, {})) !== null;
  },
  extract: (doc, url, taught) => finish(readList(doc, url, taught)),
  extractInSteps: readList,
});
