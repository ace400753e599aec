import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberFromLatin, repairDocumentNumber, unreadNumberCell } from '../../lib/ocr/documentNumber';
import type { Box, OcrLine } from '../../lib/ocr/layout';
import { DEBIAN_ENG, NUMBER_MODEL, numberModel } from '../../scripts/ocr-number-model';

const box = (x: number, width: number): Box => ({ x, y: 340, width, height: 70 });

/** A letterhead row: cells given as [text, x, width]. */
function row(...cells: Array<[string, number, number]>): OcrLine {
  return {
    page: 1,
    text: cells.map(([t]) => t).join('   '),
    box: box(cells[0][1], cells.at(-1)![1] + cells.at(-1)![2] - cells[0][1]),
    confidence: 60,
    cells: cells.map(([text, x, width]) => ({ text, box: box(x, width) })),
  };
}

describe('document number of a scan', () => {
  it('finds a number cell whose number the Vietnamese reading turned into marks', () => {
    const line = row(["Số:##6' ,KH-TCTLNTW-C04", 457, 600], ['Hà Nội, ngày 24 tháng 02 năm 2026', 1300, 870]);
    expect(unreadNumberCell(line)).toEqual({ index: 0, box: box(457, 600), label: 'Số:', type: 'KH-TCTLNTW-C04' });
    expect(unreadNumberCell(row(['Số: 12 ,QĐ - UBND', 100, 500]))).toMatchObject({ type: 'QĐ-UBND' });
  });

  it('leaves a number read as digits, a blank left for the number, and lines that are not a number', () => {
    expect(unreadNumberCell(row(['Số: 49/KH-UBND', 100, 500], ['Tam Thanh, ngày 10 tháng 02 năm 2026', 1200, 900]))).toBeNull();
    expect(unreadNumberCell(row(['Số:      /KH-UBND', 100, 500]))).toBeNull();
    expect(unreadNumberCell(row(['Số: ......../KH-UBND', 100, 500]))).toBeNull();
    // A received-stamp's "Số:" has a handwritten number and no type letters.
    expect(unreadNumberCell(row(['1à Số:....Á6,4,.......', 200, 500], ['KÉ HOẠCH', 900, 300]))).toBeNull();
    expect(unreadNumberCell(row(['Thực hiện Nghị định số 105/2021/NĐ-CP ngày 04 tháng 12', 100, 2000]))).toBeNull();
  });

  it('takes the digits of the Latin reading only when it spells the same type letters', () => {
    expect(numberFromLatin('Số:', 'KH-TCTLNTW-C04', '56:996 /KH-TCTLNTW-C04\n')).toBe('Số: 996/KH-TCTLNTW-C04');
    // The Latin model has no Đ: its D stands for it, and the Vietnamese reading's letters are kept.
    expect(numberFromLatin('Số:', 'QĐ-UBND', 'So: 132/QD-UBND')).toBe('Số: 132/QĐ-UBND');
    expect(numberFromLatin('Số:', 'KH-UBND', 'So: 132/KL-UBND')).toBeNull();
    expect(numberFromLatin('Số:', 'KH-UBND', 'So: #3/KH-UBND')).toBeNull();
    expect(numberFromLatin('Số:', 'KH-UBND', '')).toBeNull();
  });

  it('re-reads the number cell with a margin around it and keeps what was first read', async () => {
    const lines = [row(['BỘ CÔNG AN', 441, 400], ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1300, 1000]), row(["Số:##6' ,KH-TCTLNTW-C04", 457, 600], ['Hà Nội, ngày 24', 1300, 870])];
    const areas: Box[] = [];
    const repaired = await repairDocumentNumber(lines, async (area) => {
      areas.push(area);
      return '56:996 /KH-TCTLNTW-C04';
    });
    expect(areas).toEqual([{ x: 436, y: 319, width: 642, height: 112 }]);
    expect(repaired[0]).toBe(lines[0]);
    expect(repaired[1].text).toBe('Số: 996/KH-TCTLNTW-C04   Hà Nội, ngày 24');
    expect(repaired[1].original).toBe(lines[1].text);
    expect(repaired[1].numberReread).toBe(true);
    const unread = await repairDocumentNumber(lines, async () => 'S6: ### /KH');
    expect(unread[1]).toBe(lines[1]);
  });
});

describe('the Latin model numbers are read with', () => {
  const model = new Uint8Array(readFileSync(NUMBER_MODEL));
  const part = (data: Uint8Array, i: number) => Number(new DataView(data.buffer, data.byteOffset).getBigInt64(4 + 8 * i, true));

  it('is an LSTM model without the English word list', () => {
    expect(part(model, 17)).toBeGreaterThan(0);
    expect(part(model, 19)).toBe(-1);
    expect(model.length).toBeLessThan(500_000);
  });

  it.runIf(existsSync(DEBIAN_ENG))('is what the script makes of Debian’s English model', () => {
    expect(Buffer.from(numberModel(new Uint8Array(readFileSync(DEBIAN_ENG)))).equals(Buffer.from(model))).toBe(true);
  });
});
