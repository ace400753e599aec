import { describe, expect, it } from 'vitest';
import { annotationTexts, withDrawnText, type TextPiece } from '../../lib/plan/pdfWidgets';

const OPS = { beginAnnotation: 1, endAnnotation: 2, setFont: 3, setTextMatrix: 4, moveText: 5, showText: 6 };
const glyphs = (s: string) => [...s].map((ch) => ({ unicode: ch, width: 500 }));
const piece = (str: string, x: number, y: number, hasEOL = false): TextPiece => ({ str, hasEOL, transform: [13, 0, 0, 13, x, y], width: str.length * 6, height: 13 });

describe('text drawn by annotations', () => {
  it('reads what a widget appearance shows, placed in the page by the annotation transform', () => {
    const fn = [6, 1, 3, 4, 6, 5, 6, 2, 6];
    const args = [
      [glyphs('outside')],
      ['1R', [138, 727, 336, 756], [1, 0, 0, 1, 138, 727], [1, 0, 0, 1, 0, 0], false],
      ['f1', 13],
      [[1, 0, 0, 1, 2, 5.3]],
      [[...glyphs('32'), -600, ...glyphs('9')]],
      [0, -20],
      [glyphs('x')],
      [],
      [glyphs('after')],
    ];
    const drawn = annotationTexts(fn, args, OPS);
    expect(drawn.map((p) => [p.str, Math.round(p.x), Math.round(p.y * 10) / 10])).toEqual([
      ['32 9', 140, 732.3],
      ['x', 140, 712.3],
    ]);
  });

  it('puts a drawn number in the blank of its line, and the line still ends where it did', () => {
    const items = [piece('Số:', 119, 732.5), piece(' ', 137, 732.5), piece('/BC-UBND', 172, 732.5, true), piece('BÁO CÁO', 250, 700)];
    const drawn = [{ str: '329', x: 140, y: 732.3, width: 20, height: 13 }];
    expect(withDrawnText(items, drawn).map((p) => p.str)).toEqual(['Số:', ' ', ' 329 ', '/BC-UBND', 'BÁO CÁO']);
    const atEnd = [{ str: '12', x: 400, y: 732, width: 13, height: 13 }];
    const out = withDrawnText(items, atEnd);
    expect(out.map((p) => [p.str, p.hasEOL])).toEqual([
      ['Số:', false],
      [' ', false],
      ['/BC-UBND', false],
      [' 12 ', true],
      ['BÁO CÁO', false],
    ]);
    const alone = withDrawnText(items, [{ str: 'Ký bởi', x: 300, y: 650, width: 40, height: 10 }]);
    expect(alone.map((p) => p.str).at(-1)).toBe('Ký bởi');
  });
});
