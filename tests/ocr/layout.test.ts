import { describe, expect, it } from 'vitest';
import { characterAccuracy, editDistance } from '../../lib/ocr/accuracy';
import { greyPgm, renderScale } from '../../lib/ocr/image';
import { lineOf, suspectValues } from '../../lib/ocr/evidence';
import { linesToText, pageLines, type EngineBlock, type OcrLine } from '../../lib/ocr/layout';
import { hasScannedPages, needsOcr, type ScannedPage } from '../../lib/ocr/scan';

/** A block of lines, each line given as words [text, x, y, width, height?]. */
function block(...lines: Array<Array<[string, number, number, number, number?]>>): EngineBlock {
  return {
    paragraphs: [
      {
        lines: lines.map((words) => ({
          words: words.map(([text, x, y, w, h = 40]) => ({ text, confidence: 90, bbox: { x0: x, y0: y, x1: x + w, y1: y + h } })),
        })),
      },
    ],
  };
}

describe('page layout from word boxes', () => {
  it('puts the two columns of a letterhead, read as separate blocks, back side by side', () => {
    const left = block([['UBND', 100, 100, 120], ['XÃ', 230, 100, 60]], [['Số:', 100, 160, 60], ['12/KH-UBND', 170, 160, 250]]);
    const right = block([['CỘNG', 1200, 102, 130], ['HÒA', 1340, 102, 100]], [['Thụy', 1200, 162, 100], ['Hùng', 1310, 162, 100]]);
    const lines = pageLines([left, right], 1);
    expect(lines.map((l) => l.text)).toEqual(['UBND XÃ   CỘNG HÒA', 'Số: 12/KH-UBND   Thụy Hùng']);
    expect(lines[0].box).toEqual({ x: 100, y: 100, width: 1340, height: 42 });
    expect(lines[1].cells).toEqual([
      { text: 'Số: 12/KH-UBND', box: { x: 100, y: 160, width: 320, height: 40 } },
      { text: 'Thụy Hùng', box: { x: 1200, y: 162, width: 210, height: 40 } },
    ]);
    expect(lines.every((l) => l.page === 1)).toBe(true);
  });

  it('joins the cells of a table row with tabs, so the plan reader sees a table', () => {
    const cells = [block([['1', 100, 500, 20]]), block([['Rà', 300, 500, 50], ['soát', 360, 500, 80]]), block([['Văn', 900, 500, 60], ['phòng', 970, 500, 100]])];
    expect(pageLines(cells, 3).map((l) => l.text)).toEqual(['1\tRà soát\tVăn phòng']);
  });

  it('drops marks a page edge reads as, and lines of nothing but marks', () => {
    const lines = pageLines([block([['Nội', 100, 100, 60], ['dung', 170, 100, 80], ['|', 2300, 95, 8]], [['~', 100, 160, 20], ['—', 130, 160, 20]])], 1);
    expect(lines.map((l) => l.text)).toEqual(['Nội dung']);
  });

  it('leaves out footnotes: the small print under the body text', () => {
    const body = Array.from({ length: 6 }, (_, i) => [['Dòng', 100, 100 + i * 60, 80], [`${i}`, 190, 100 + i * 60, 20]] as Array<[string, number, number, number]>);
    const notes: Array<Array<[string, number, number, number, number]>> = [
      [['¹', 100, 3000, 10, 25], ['Bảo', 115, 3000, 50, 25], ['đảm', 170, 3000, 50, 25], ['70%', 230, 3000, 50, 25]],
      [['Dự', 100, 3035, 40, 25], ['án', 145, 3035, 40, 25]],
    ];
    const text = pageLines([block(...body, ...notes)], 2).map((l) => l.text);
    expect(text).toHaveLength(6);
    expect(text.join(' ')).not.toContain('70%');
  });

  it('keeps a lone small line at the bottom (a page number is not a footnote block)', () => {
    const body = Array.from({ length: 6 }, (_, i) => [['Dòng', 100, 100 + i * 60, 80]] as Array<[string, number, number, number]>);
    expect(pageLines([block(...body, [['2', 1200, 3300, 20, 25]])], 2)).toHaveLength(7);
  });

  it('marks paragraph spacing with a blank line', () => {
    const lines = pageLines([block([['a', 0, 0, 10]], [['b', 0, 60, 10]], [['c', 0, 120, 10]], [['d', 0, 260, 10]], [['e', 0, 320, 10]])], 1);
    expect(linesToText(lines)).toBe('a\nb\nc\n\nd\ne');
  });
});

describe('which pages need OCR', () => {
  it('a page without a text layer does', () => {
    expect(needsOcr('')).toBe(true);
    expect(needsOcr('  12 \n')).toBe(true);
  });
  it('a page of Vietnamese with its diacritics does not', () => {
    expect(needsOcr('Tiếp tục cụ thể hóa và triển khai hiệu quả các mục tiêu, nhiệm vụ cải cách hành chính theo Nghị quyết số 76/NQ-CP của Chính phủ; bảo đảm tính thống nhất, đồng bộ trong tổ chức thực hiện các nhiệm vụ cải cách hành chính của xã năm 2026.')).toBe(false);
  });
  it('an earlier OCR that lost the diacritics does', () => {
    const lost = 'Ty 1e khai thac, su dung lai thong tin, du lieu so hoa dat toi thieu 80%. Tham muu to chuc danh gia, cham diem Chi so CCHC nam 2026 cua phuong theo huong dan cua So Noi vu va cac co quan lien quan trong ke hoach nay.';
    expect(needsOcr(lost)).toBe(true);
    expect(hasScannedPages(`Kế hoạch cải cách hành chính\n\f\n${lost}`)).toBe(true);
  });
});

describe('page images', () => {
  it('makes a PGM of grey bytes by luminance, light coloured ink (a red stamp, blue handwriting) taken as paper', () => {
    const pixels = [
      [255, 255, 255], // paper
      [0, 0, 0], // printed text
      [128, 128, 128], // grey print
      [120, 110, 100], // dull brown print, barely coloured
      [210, 60, 70], // red stamp ink
      [70, 90, 200], // blue ballpoint
      [20, 30, 110], // dark navy print: stays dark
    ];
    const pgm = greyPgm(new Uint8ClampedArray(pixels.flatMap((p) => [...p, 255])), pixels.length, 1);
    const header = `P5\n${pixels.length} 1\n255\n`;
    expect(new TextDecoder().decode(pgm.slice(0, header.length))).toBe(header);
    expect([...pgm.slice(header.length)]).toEqual([255, 0, 128, 111, 210, 200, 110]);
  });
  it('renders A4 at 300 dpi and scales down only what would not fit in memory', () => {
    expect(renderScale(595, 842)).toBeCloseTo(300 / 72);
    const poster = renderScale(595 * 4, 842 * 4);
    expect(595 * 4 * 842 * 4 * poster * poster).toBeLessThanOrEqual(40_000_001);
  });
});

describe('character accuracy', () => {
  it('counts edits against the known text, layout aside', () => {
    expect(editDistance('kiểm tra', 'kiếm tra')).toBe(1);
    expect(characterAccuracy('tối thiểu\n80%', 'tối  thiểu 80%')).toBe(1);
    expect(characterAccuracy('abcdefghij', 'abcdefghiX')).toBeCloseTo(0.9);
  });
});

describe('evidence for the review', () => {
  const line = (text: string, y: number): OcrLine => {
    const box = { x: 100, y, width: 1800, height: 40 };
    return { page: 2, text, box, confidence: 90, cells: [{ text, box }] };
  };
  const pages: ScannedPage[] = [
    {
      page: 2,
      ocr: true,
      width: 2480,
      height: 3508,
      lines: [
        line('- 100% văn bản quy phạm pháp luật được xây dựng, ban hành đúng thẩm quyền,', 100),
        line('- 100 văn bản quy phạm pháp luật được kiểm tra theo quy định.', 160),
        line('tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 80%; tỷ lệ xử lý', 220),
        line('- Tổ chức 02 lớp tập huấn nghiệp vụ cho công chức một cửa.', 280),
        line('Thời gian: trước ngày 30/6/2026; đạt 100 hồ sơ trực tuyến mỗi tháng', 340),
      ],
    },
  ];

  it('finds the line a target was read from, by its figure and wording', () => {
    expect(lineOf('100% văn bản quy phạm pháp luật được xây dựng', pages, 100)?.box.y).toBe(100);
    expect(lineOf('Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 80%', pages, 80)?.box.y).toBe(220);
    expect(lineOf('Tổ chức 02 lớp tập huấn nghiệp vụ', pages)?.box.y).toBe(280);
    expect(lineOf('Một việc không có trong văn bản', pages)).toBeNull();
  });

  it('flags a bare number where a percentage is expected, and leaves counts and dates alone', () => {
    const flagged = suspectValues(pages).map((s) => [s.line.box.y, s.value, s.likely]);
    expect(flagged).toEqual([
      [160, 100, '100%'],
      [340, 100, '100%'],
    ]);
  });
});
