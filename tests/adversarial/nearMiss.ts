import { DOSSIER_LABELS, type DossierField } from '../../lib/pages/dossierFields';
import { readLabels } from '../../lib/pages/labels';
import { readGrids, type Grid } from '../../lib/pages/table';
import type { Dossier, Feedback, PageReport } from '../../lib/schema/facts';
import { MUTATORS, type Mutator, type Picker, type Undo } from './fuzzKit';

/*
 * Near misses: pages where a careless reader gives a definite answer and the
 * right one is unknown. Each is made from a real page by putting evidence about
 * a field where it is not evidence: a field's label heading a summary table, a
 * column moved into another table, a row whose own cells are empty beside rows
 * that are full, a label whose value is empty.
 */

/** Mutations that move no text from one place to another and write none: they cannot make evidence. */
export const NEUTRAL: Mutator[] = MUTATORS.filter((m) => ['drop row', 'empty cell', 'duplicate row', 'nest cell in wrappers', 'drop title'].includes(m.name));

// Summary tables portals put beside their records: a field's label heads other headers, it labels no value.
const SUMMARIES: readonly (readonly string[])[] = [
  ['Đánh giá', 'Rất hài lòng', 'Hài lòng', 'Không hài lòng'],
  ['Tiến độ', 'Đúng hạn', 'Trễ hạn'],
  ['Hạn xử lý', 'Trong hạn', 'Quá hạn'],
  ['Ngày hẹn trả', '18/05/2026', '19/05/2026', '20/05/2026'],
  ['Kết quả điện tử', 'Đã cấp', 'Chưa cấp'],
  ['Số hóa', 'Tái sử dụng', 'Đã số hóa', 'Chưa số hóa'],
  ['Tái sử dụng', 'Có', 'Không'],
  ['Trạng thái', 'Đã trả kết quả', 'Đang xử lý'],
  ['Kênh nộp', 'Trực tuyến', 'Trực tiếp', 'Qua bưu chính'],
  ['Ngày có kết quả', 'Trong tuần', 'Trong tháng'],
];

function element(doc: Document, tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

function insertSomewhere(doc: Document, pick: Picker, node: Element): Undo {
  // Beside a table, never inside one: text put in a record's own cell is that record's to read.
  const GRIDS = 'table,[role="grid"],[role="table"]';
  const tables = Array.from(doc.body.querySelectorAll(GRIDS)).filter((t) => !t.parentElement?.closest(GRIDS));
  const where = pick.int(3);
  if (where === 0) doc.body.prepend(node);
  else if (where === 1 || tables.length === 0) doc.body.append(node);
  else pick.one(tables).before(node);
  return () => node.remove();
}

/** A summary table headed by a field's label: header only, "Không có dữ liệu", or counts. */
export function addSummary(doc: Document, pick: Picker): { undo: Undo; shown: string } {
  const headers = pick.one(SUMMARIES);
  const table = element(doc, 'table');
  const head = element(doc, 'tr');
  for (const h of headers) head.append(element(doc, 'th', h));
  table.append(element(doc, 'thead'));
  table.firstElementChild!.append(head);
  const body = element(doc, 'tbody');
  const shape = pick.int(3);
  if (shape === 1) body.appendChild(element(doc, 'tr')).append(element(doc, 'td', 'Không có dữ liệu', { colspan: String(headers.length) }));
  if (shape === 2) {
    const row = body.appendChild(element(doc, 'tr'));
    row.append(element(doc, 'td', 'Số hồ sơ'), ...headers.slice(1).map(() => element(doc, 'td', String(pick.int(40)))));
  }
  table.append(body);
  insertSomewhere(doc, pick, table);
  return { undo: () => table.remove(), shown: `${headers.join(' | ')} / ${['no rows', 'Không có dữ liệu', 'counts'][shape]}` };
}

const HEADER_CELLS = 'th,[role="columnheader"]';
const ARIA_CELLS = '[role="gridcell"],[role="cell"],[role="rowheader"],[role="columnheader"]';

function cellsOf(row: Element): Element[] {
  return row.tagName === 'TR' ? Array.from((row as HTMLTableRowElement).cells) : Array.from(row.querySelectorAll(ARIA_CELLS));
}

function rowsOf(grid: Element): Element[] {
  return grid.tagName === 'TABLE'
    ? Array.from((grid as HTMLTableElement).rows).filter((tr) => tr.closest('table') === grid)
    : Array.from(grid.querySelectorAll('[role="row"]'));
}

/** The grid whose rows are the report's records, when it is plain: one header row, one cell per column everywhere. */
function recordGrid(doc: Document, anchors: Map<string, Element>): { grid: Grid; header: Element[] } | null {
  const records = new Set([...anchors].filter(([subject]) => subject !== 'list').map(([, el]) => el));
  if (records.size === 0) return null;
  const grid = readGrids(doc).find((g) => g.rows.some((r) => records.has(r.element)));
  if (!grid) return null;
  const width = grid.headers.length;
  const rows = rowsOf(grid.element);
  const data = new Set(grid.rows.map((r) => r.element));
  const headerRows = rows.filter((r) => !data.has(r) && cellsOf(r).length > 0 && cellsOf(r).every((c) => c.matches(HEADER_CELLS)));
  if (headerRows.length !== 1) return null;
  const header = cellsOf(headerRows[0]);
  if (header.length !== width || grid.rows.some((r) => r.cells.length !== width)) return null;
  if ([...header, ...grid.rows.flatMap((r) => Array.from(r.cells))].some((c) => c.hasAttribute('colspan') || c.hasAttribute('rowspan'))) return null;
  return { grid, header };
}

function detach(el: Element): Undo {
  const parent = el.parentNode!;
  const next = el.nextSibling;
  el.remove();
  return () => void parent.insertBefore(el, next);
}

export interface ColumnMove {
  /** The column's header as shown. */
  shown: string;
  /** Takes the column out of its grid: the control, a page without that column. */
  remove(): Undo;
  /** Puts the column, row for row, into another table beside the grid: the near miss. */
  addElsewhere(): Undo;
}

/**
 * One column of the records' grid (not the one holding the records' codes),
 * taken out, and then shown in another table with as many rows: a careless
 * reader pairs its row i with the grid's row i.
 */
export function moveColumn(doc: Document, report: PageReport, anchors: Map<string, Element>, pick: Picker): ColumnMove | null {
  const found = recordGrid(doc, anchors);
  if (!found) return null;
  const { grid, header } = found;
  const codes = [...(report.dossiers ?? []), ...(report.feedback ?? [])].map((s) => s.code);
  const holdsCode = (c: number) => grid.rows.some((r) => codes.some((code) => (r.cells[c]?.textContent ?? '').includes(code)));
  // A cell holding a whole table would carry that table's own records along.
  const holdsTable = (c: number) => grid.rows.some((r) => r.cells[c]?.querySelector('table,[role="grid"],[role="table"],[role="row"]'));
  const candidates = header.map((_, c) => c).filter((c) => !holdsCode(c) && !holdsTable(c));
  if (!candidates.length) return null;
  const c = pick.one(candidates);
  const column = [header[c], ...grid.rows.map((r) => r.cells[c])];
  return {
    shown: (header[c].textContent ?? '').trim(),
    remove() {
      const undos = column.map(detach);
      return () => undos.reverse().forEach((u) => u());
    },
    addElsewhere() {
      const table = element(doc, 'table');
      const others = pick.int(2) + 1;
      const at = pick.int(others + 1);
      const rowOf = (cells: Element[], cell: Element, tag: string) => {
        const tr = element(doc, 'tr');
        const copy = cell.cloneNode(true) as Element;
        const own = copy.tagName === tag.toUpperCase() ? copy : element(doc, tag);
        if (own !== copy) own.append(copy);
        cells.splice(at, 0, own);
        tr.append(...cells);
        return tr;
      };
      table.append(rowOf(['STT', 'Lĩnh vực'].slice(0, others).map((h) => element(doc, 'th', h)), column[0], 'th'));
      grid.rows.forEach((_, i) => {
        const fillers = [String(i + 1), pick.one(['Hộ tịch', 'Chứng thực', 'Đất đai'])].slice(0, others).map((t) => element(doc, 'td', t));
        table.append(rowOf(fillers, column[i + 1], 'td'));
      });
      return insertSomewhere(doc, pick, table);
    },
  };
}

/** The records a report holds, by code. */
export function recordsOf(report: PageReport): Map<string, Dossier | Feedback> {
  return new Map<string, Dossier | Feedback>([...(report.dossiers ?? []), ...(report.feedback ?? [])].map((s) => [s.code, s]));
}

/** A row reduced to its record's code: every other cell of it empty, the rows around it untouched. */
export function emptyRowButCode(row: Element, code: string): Undo {
  const saved = cellsOf(row).map((cell) => [cell, Array.from(cell.childNodes)] as const);
  for (const [cell] of saved) cell.textContent = (cell.textContent ?? '').includes(code) ? code : '';
  return () => saved.forEach(([cell, children]) => cell.replaceChildren(...children));
}

/** What a record read from a row that shows only its code may say: nothing but the code. */
export function saysMoreThanItsCode(record: Dossier | Feedback): string[] {
  return Object.entries(record)
    .filter(([key, value]) => key !== 'code' && !(key === 'resolved' && value === false) && value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
}

/** The dossier fields a detail page gives from one label each, and where they land. */
export const LABELLED_FIELDS: readonly [DossierField, keyof Dossier][] = [
  ['procedure', 'procedureName'],
  ['channel', 'channel'],
  ['status', 'status'],
  ['received', 'receivedAt'],
  ['due', 'dueAt'],
  ['completed', 'completedAt'],
  ['eResult', 'eResult'],
  ['rating', 'rating'],
];

/** Empties the value beside every label of a field a detail page shows; null when one would not empty. */
export function emptyLabelled(doc: Document, field: DossierField): Undo | null {
  const undos: Undo[] = [];
  const undo = () => undos.reverse().forEach((u) => u());
  for (let tries = 0; tries < 8; tries++) {
    const hit = readLabels(doc).get(DOSSIER_LABELS[field]);
    if (!hit) return undo;
    const saved = Array.from(hit.element.childNodes);
    hit.element.textContent = '';
    undos.push(() => hit.element.replaceChildren(...saved));
  }
  undo();
  return null;
}

const isRecordList = (v: unknown): v is { code: string }[] =>
  Array.isArray(v) && v.every((item) => item !== null && typeof item === 'object' && typeof (item as { code?: unknown }).code === 'string');

/**
 * What a near miss's report says that the page without the near miss did not:
 * a value where there was another or none, a record or a list entry more. A
 * value turned unknown (null, fewer entries, fewer records) says nothing more.
 * Findings and reading notes follow from the facts and are left out.
 */
export function saidMore(near: unknown, control: unknown, path = 'report'): string[] {
  if (near === null || near === undefined) return [];
  if (isRecordList(near) && isRecordList(control)) {
    const before = new Map(control.map((r) => [r.code, r]));
    return near.flatMap((r) => (before.has(r.code) ? saidMore(r, before.get(r.code), `${path}[${r.code}]`) : [`${path}: a record ${r.code} more`]));
  }
  if (Array.isArray(near)) {
    const before = new Set((Array.isArray(control) ? control : []).map((v) => JSON.stringify(v)));
    return near.filter((v) => !before.has(JSON.stringify(v))).map((v) => `${path}: ${JSON.stringify(v)} more`);
  }
  if (typeof near === 'object') {
    const was = control !== null && typeof control === 'object' ? (control as Record<string, unknown>) : {};
    return Object.entries(near)
      .filter(([key]) => key !== 'findings' && key !== 'notes')
      .flatMap(([key, value]) => saidMore(value, was[key], `${path}.${key}`));
  }
  if (near === control || (path === 'report.kind' && near === 'unknown')) return [];
  return [`${path}: ${JSON.stringify(near)} where the page without it said ${JSON.stringify(control ?? null)}`];
}
