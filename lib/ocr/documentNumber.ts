import { joinCells, type Box, type OcrLine } from './layout';

/*
 * The document number of a scanned plan ("Số: 996/KH-TCTLNTW-C04"). The
 * number is usually stamped by the registry in heavy italic digits that the
 * Vietnamese model reads as marks ("Số:##6' ,KH-…"), though its letters are
 * printed and read well. So the number cell of the letterhead is checked
 * against the shape of a document number; when the part between "Số:" and
 * the type letters is neither digits nor left blank, the cell is read again
 * from the page image by the engine's Latin model (digits, capitals, "/" and
 * "-" are what a number is made of, and that model reads heavy digits well).
 * The second reading is taken only when it spells the same type letters as
 * the first: the two readings then agree on where the number is, and the
 * digits come from the reading that can see them. Otherwise the number stays
 * unread: unknown is better than wrong.
 */

/** The label, what stands where the number should be, the separator, and the type letters ("KH-UBND", "KH-TCTLNTW-C04"). */
const NUMBER_CELL = /^(\s*.{0,3}?[sS$][ốồốóoO6eé]\s*[:;.])(.*?)([/,|]?)\s*([A-ZĐ]{1,8}(?:\s*-\s*[A-ZĐ][A-ZĐ0-9]{0,9}){1,2})\s*$/u;
/** A number as it should read, or a blank left for a number not yet given. */
const FIELD_READ = /^\s*(?:\d{1,4}\s*|[\s._…]*)$/;
/** The number in the Latin model's reading of the cell: after the label's colon, before "/" and the type letters. */
const LATIN_NUMBER = /[:;.]\s*(\d{1,4})\s*\/\s*([A-Z][A-Z0-9]*(?:\s*-\s*[A-Z0-9]+){1,2})/;

/** Only the letterhead carries the number: the first lines of a page. */
const HEAD_LINES = 12;

/** The cell of a line that holds a document number the Vietnamese reading could not make out, with its type letters. */
export function unreadNumberCell(line: OcrLine): { index: number; box: Box; label: string; type: string } | null {
  for (const [index, cell] of line.cells.entries()) {
    const m = cell.text.match(NUMBER_CELL);
    if (!m) continue;
    if (FIELD_READ.test(m[2]) && (m[3] === '/' || !/\d/.test(m[2]))) return null;
    return { index, box: cell.box, label: m[1].trim(), type: m[4].replace(/\s+/g, '') };
  }
  return null;
}

const latinLetters = (type: string) => type.replace(/Đ/g, 'D');

/**
 * The number cell rewritten from the Latin reading ("Số: 996/KH-TCTLNTW-C04"),
 * or null when that reading does not give digits before the same type letters.
 */
export function numberFromLatin(label: string, type: string, latin: string): string | null {
  const m = latin.match(LATIN_NUMBER);
  if (!m || m[2].replace(/\s+/g, '') !== latinLetters(type)) return null;
  return `${label} ${m[1]}/${type}`;
}

/** The area to read again: the cell with a margin, so the engine sees the digits' whole strokes. */
function around(box: Box): Box {
  const margin = Math.round(box.height * 0.3);
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  return { x, y, width: box.width + box.x - x + margin, height: box.height + box.y - y + margin };
}

/**
 * The lines of a page with an unread document number re-read by `readLatin`
 * (the Latin model on an area of the same page image). A repaired line keeps
 * what the engine first read as `original`.
 */
export async function repairDocumentNumber(lines: OcrLine[], readLatin: (area: Box) => Promise<string>): Promise<OcrLine[]> {
  const out = [...lines];
  for (const [i, line] of lines.slice(0, HEAD_LINES).entries()) {
    const cell = unreadNumberCell(line);
    if (!cell) continue;
    const text = numberFromLatin(cell.label, cell.type, await readLatin(around(cell.box)));
    if (!text) continue;
    const cells = line.cells.map((c, j) => (j === cell.index ? { ...c, text } : c));
    out[i] = { ...line, text: joinCells(cells.map((c) => c.text)), cells, original: line.original ?? line.text, numberReread: true };
  }
  return out;
}
