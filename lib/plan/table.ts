/*
 * One model for a table, whatever file it came from (Word, a web page, a PDF
 * rebuilt from positions, text pasted from Word): rows of cells with their
 * row and column spans, as in HTML.
 *
 * Tables travel inside the plan's text as one line per row, "| a | b | c |",
 * every row as wide as the table, a cell covered by a merged one written
 * empty. The text is what the person sees and may correct before reading,
 * so it is the one thing every reader hands over; the plan reader rebuilds
 * the tables from it.
 */

export interface TableCell {
  /** Its paragraphs, one per line. */
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface Table {
  rows: TableCell[][];
}

/** A position of the table's grid: the cell that covers it and whether it is that cell's top-left. */
export interface GridSlot {
  cell: TableCell;
  /** True where the cell starts; false where a merged cell from above or the left covers the slot. */
  origin: boolean;
  /** True where the slot is covered by a cell that starts in a row above. */
  fromAbove: boolean;
}

export const cell = (text: string, rowSpan = 1, colSpan = 1): TableCell => ({ text, rowSpan, colSpan });

/** The table as a full grid, spans resolved the way HTML resolves rowspan and colspan. */
export function tableGrid(table: Table): GridSlot[][] {
  const grid: GridSlot[][] = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const item of row) {
      while (grid[r][c]) c++;
      for (let dr = 0; dr < Math.max(1, item.rowSpan); dr++) {
        if (!grid[r + dr]) break;
        for (let dc = 0; dc < Math.max(1, item.colSpan); dc++) {
          grid[r + dr][c + dc] = { cell: item, origin: dr === 0 && dc === 0, fromAbove: dr > 0 };
        }
      }
      c += Math.max(1, item.colSpan);
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const blank = cell('');
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { cell: blank, origin: true, fromAbove: false }));
}

/** The first word of a unit's name: a paragraph that starts with one and is followed by another name is a list. */
const UNIT_HEAD = /^(?:Sở|UBND|Ủy ban|Uỷ ban|Văn phòng|Phòng|Ban|Trung tâm|Công an|Thanh tra|Các|Cơ quan|Đơn vị|Bộ|Cục|Chi cục|Kho bạc|Thuế|Bảo hiểm|Ngân hàng|Hội|Liên đoàn|Mặt trận|Đoàn|Tòa án|Toà án|Viện|Đài|Báo|Trường|Bệnh viện|Đảng ủy|Đảng uỷ|Hội đồng|Tỉnh|Thành|Huyện|Xã|Phường|Đặc khu|Bộ phận)(?=\s|$)/u;

/**
 * A cell's paragraphs as one line of text: "; " between units listed one
 * per paragraph ("Sở Tư pháp" over "UBND các xã" are two units, not one
 * name), a space elsewhere: a sentence ended, or a phrase wraps ("Lãnh đạo"
 * over "Sở Y tế", "Thời gian" over "(Năm 2026)").
 */
export function cellLine(text: string): string {
  const parts = text.split('\n').map((p) => p.replace(/[\s|]+/g, (s) => (s.includes('|') ? ' / ' : ' ')).trim()).filter(Boolean);
  let line = '';
  parts.forEach((part, i) => {
    const list = i > 0 && UNIT_HEAD.test(parts[i - 1]) && /^\p{Lu}/u.test(part) && !/[.;:,]$/.test(line);
    line = !line ? part : list ? `${line}; ${part}` : `${line} ${part}`;
  });
  return line;
}

/** The table as lines of text, one per row. */
export function tableLines(table: Table): string[] {
  return tableGrid(table).map((row) => `| ${row.map((slot) => (slot.origin ? cellLine(slot.cell.text) : '')).join(' | ')} |`);
}

/** A line of a table as the readers write it ("| a | b |"), or as text pasted from Word (tab-separated). */
export function isTableLine(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line) || /\S\s*\|\s*\S/.test(line) || line.split('\t').length > 2;
}

/** The cells of one row line. */
export function rowCells(line: string): string[] {
  const t = line.trim();
  if (t.includes('\t') && !t.includes('|')) return t.split('\t').map((c) => c.trim());
  // Outer bars only when the row has both ("| a | b |"); "a | b | |" ends in an empty cell.
  const inner = /^\|.*\|$/.test(t) ? t.slice(1, -1) : t;
  return inner.split('|').map((c) => c.trim());
}

/** A table from its row lines (no spans: merged cells read as empty ones). */
export function tableOfLines(lines: string[]): Table {
  return { rows: lines.map((line) => rowCells(line).map((text) => cell(text))) };
}
