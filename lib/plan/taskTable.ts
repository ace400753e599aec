import type { Area } from '../schema/plan';
import { areaOfHeading } from './areas';
import { searchForm } from './normalise';
import { tableGrid, type GridSlot, type Table } from './table';

/*
 * A table of tasks ("Phân công thực hiện nhiệm vụ", an inline schedule) read
 * by its structure only: which column holds what, by its header; which rows
 * are headers repeated on a new page, group rows (I, II, … naming the plan's
 * areas), tasks, and continuation rows (a task's second product, deadline or
 * lead, under merged number and title cells). The cells are handed on as
 * written; what a deadline or a unit cell means is read elsewhere.
 */

/** One row of a task: a continuation row adds one. Cells as written, '' where empty. */
export interface TaskRowPart {
  output: string;
  deadline: string;
  lead: string;
  partners: string;
}

export interface TaskRow {
  /** The number in the STT column as written ("1", "2.3"), '' when there is none. */
  number: string;
  title: string;
  /** The area named by the group row above it. */
  area: Area | null;
  /** The group row above it as written ("Cải cách thể chế"), '' when none. */
  group: string;
  parts: TaskRowPart[];
  /** In an inspection schedule, the unit the row names is the one inspected ("Đơn vị được kiểm tra"); '' otherwise. */
  inspected: string;
  /** Further unit columns ("Theo dõi, kiểm tra, đôn đốc"), by their header as written. */
  others: Array<{ header: string; text: string }>;
  /** The task's rows as written, cells separated by " | ". */
  text: string;
  /** The column headers as written ("Thời gian (Năm 2026)"), for a year the cells leave out. */
  headers: Record<Exclude<Column, 'other'>, string>;
}

type Column = 'number' | 'title' | 'output' | 'deadline' | 'lead' | 'partners' | 'inspected' | 'other';

/** Roles of a header, in the order they are tried: "Chủ trì thực hiện" leads, "Phối hợp thực hiện" does not. */
const ROLES: Array<[Column, RegExp]> = [
  ['number', /^(?:s\s?tt|tt|so tt|so thu tu)$/],
  // "Đơn vị được kiểm tra": the unit a row names is inspected, not leading.
  ['inspected', /\b(?:duoc|chiu su|doi tuong) (?:kiem tra|thanh tra|giam sat)\b/],
  ['partners', /\bphoi hop\b/],
  ['lead', /\bchu tri\b/],
  ['deadline', /\bthoi (?:gian|han|diem)\b|\btien do\b/],
  ['output', /\bsan pham\b|\bket qua\b/],
  ['title', /\bnhiem vu\b|\bnoi dung\b|\bcong viec\b|\bhoat dong\b|\bten\b/],
  ['other', /\btheo doi\b|\bkiem tra\b|\bdon doc\b|\bgiam sat\b|\bhuong dan\b|\btong hop\b/],
  ['lead', /\btrach nhiem\b|\bthuc hien\b|\bdon vi\b|\bco quan\b/],
];

/** I, II, … or A, B, … in the number column: a group of tasks, not a task. */
const GROUP_NUMBER = /^(?:[IVXL]{1,5}|[A-H])\.?$/;
const TASK_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
const SUB_HEADER = /^(?:chu tri|phoi hop|san pham|thoi (?:gian|han))\b/;

const slotText = (slot: GridSlot | undefined) => (slot && slot.origin ? slot.cell.text.trim() : '');

interface Columns {
  roles: Column[];
  headers: string[];
  /** Rows the header takes (two when units are split into "Chủ trì" and "Phối hợp" under one head). */
  height: number;
}

/** The role of each column, from a header of one or two rows; null when the table is not a task table. */
function readColumns(grid: GridSlot[][]): (Columns & { start: number }) | null {
  for (let start = 0; start < Math.min(grid.length, 4); start++) {
    // A second header row names the columns its head spans ("Chủ trì", "Phối hợp" under "Đơn vị thực hiện").
    const next = grid[start + 1]?.map(slotText) ?? [];
    const subHeader = !TASK_NUMBER.test(next[0] ?? '') && next.some((t) => SUB_HEADER.test(searchForm(t)));
    const height = subHeader ? 2 : 1;
    const headers = grid[0].map((_, c) =>
      grid
        .slice(start, start + height)
        .map((row) => (row[c]?.fromAbove ? '' : row[c]?.cell.text.trim() ?? ''))
        .filter((t, i, all) => t && all.indexOf(t) === i)
        .join(' '),
    );
    const roles: Column[] = [];
    const taken = new Set<Column>();
    for (const h of headers) {
      const s = searchForm(h).replace(/\s+/g, ' ').trim();
      const role = ROLES.find(([r, re]) => (r === 'other' || !taken.has(r)) && re.test(s))?.[0] ?? 'other';
      roles.push(s ? role : 'other');
      taken.add(role);
    }
    if (taken.has('title') && taken.has('lead') && (taken.has('deadline') || taken.has('partners'))) return { roles, headers, height, start };
    // An inspection schedule: whom, and when; the inspected unit's name stands for the row's title.
    if (taken.has('inspected') && taken.has('deadline')) return { roles, headers, height, start };
  }
  return null;
}

/** The same header repeated at the top of a page, or the row of column numbers "(1) (2) (3)". */
function isHeaderAgain(cells: string[], headers: string[]): boolean {
  const filled = cells.filter(Boolean);
  if (filled.length >= 3 && filled.every((c) => COLUMN_NUMBER.test(c))) return true;
  const same = cells.filter((c, i) => c && headers[i] && headers[i].includes(c)).length;
  return filled.length > 0 && same >= Math.max(2, filled.length - 1);
}

/** The tasks of a task table, or null when the table is not one (no task, lead, and deadline or partner columns). */
export function taskRows(table: Table): TaskRow[] | null {
  const grid = tableGrid(table);
  const columns = readColumns(grid);
  if (!columns) return null;
  const { roles, headers, start, height } = columns;
  const at = (role: Column) => roles.indexOf(role);
  const named = Object.fromEntries(
    (['number', 'title', 'output', 'deadline', 'lead', 'partners', 'inspected'] as const).map((r) => [r, at(r) >= 0 ? headers[at(r)] : '']),
  ) as TaskRow['headers'];
  const rows: TaskRow[] = [];
  let area: Area | null = null;
  let group = '';
  for (const row of grid.slice(start + height)) {
    const cells = row.map(slotText);
    const rowText = cells.join(' | ');
    if (!cells.some(Boolean) || isHeaderAgain(cells, headers)) continue;
    const get = (role: Column) => (at(role) >= 0 ? cells[at(role)] : '');
    const number = get('number');
    const inspected = get('inspected');
    const title = get('title') || inspected;
    const part: TaskRowPart = { output: get('output'), deadline: get('deadline'), lead: get('lead'), partners: get('partners') };
    const hasPart = Object.values(part).some(Boolean);
    const last = rows[rows.length - 1];
    if (!number && !title) {
      // Covered number and title cells (or blank ones): the task above goes on.
      if (last && hasPart) {
        last.parts.push(part);
        last.text += `\n${rowText}`;
      }
      continue;
    }
    const filledOthers = cells.filter((c, i) => c && i !== at('number') && i !== at('title') && (at('title') >= 0 || i !== at('inspected'))).length;
    const onlyTitle = filledOthers === 0;
    if (GROUP_NUMBER.test(number) || (onlyTitle && (!TASK_NUMBER.test(number) || areaOfHeading(searchForm(title))))) {
      group = title || cells.find((c, i) => c && i !== at('number')) || '';
      area = areaOfHeading(searchForm(group)) ?? area;
      continue;
    }
    if (!title) continue;
    rows.push({
      number,
      title,
      area,
      group,
      parts: [part],
      inspected,
      others: roles.flatMap((r, i) => (r === 'other' && cells[i] && headers[i] ? [{ header: headers[i], text: cells[i] }] : [])),
      text: rowText,
      headers: named,
    });
  }
  return rows;
}
