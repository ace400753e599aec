import { restoreText } from '../restore';
import { joinCells, type OcrLine } from './layout';

/*
 * The Vietnamese model keeps most marks right but slips in the same places:
 * a hỏi read as sắc ("tố chức", "kiếm tra", "tối thiếu"), a hỏi lost ("tinh"
 * for "tỉnh", "chi tiêu" for "chỉ tiêu"). Each OCR'd line goes through the
 * restoration's repair pass for text that kept its marks; numbers, dates and
 * document numbers are never changed by it. What the engine read stays on the
 * line (`original`) for the review.
 */

export function repairMarks(lines: OcrLine[]): OcrLine[] {
  return lines.map((line) => {
    const cells = line.cells.map((cell) => ({ ...cell, text: restoreText(cell.text, { damaged: false }) }));
    const text = joinCells(cells.map((c) => c.text));
    return text === line.text ? line : { ...line, text, cells, original: line.original ?? line.text };
  });
}
