import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../lib/plan/docx';
import { docx, para, table } from './makeDocx';

const corpus = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../shared/corpus/plans', name)));

describe('Word files (.docx)', () => {
  it('writes the numbers Word generates in front of headings and items', () => {
    const text = docxToText(
      docx(
        [
          para('MỤC TIÊU', { id: 1 }),
          para('Cải cách thể chế', { id: 1, level: 1 }),
          para('Mục tiêu', { id: 1, level: 2 }),
          para('100% văn bản được kiểm tra.', { id: 2 }),
          para('Nhiệm vụ', { id: 1, level: 2 }),
          para('Cải cách thủ tục hành chính', { id: 1, level: 1 }),
          para('Mục tiêu', { id: 1, level: 2 }),
          para('TỔ CHỨC THỰC HIỆN', { id: 1 }),
          para('Sở Nội vụ', { id: 1, level: 1 }),
        ].join(''),
      ),
    );
    expect(text.split('\n\n')).toEqual([
      'I. MỤC TIÊU',
      '1. Cải cách thể chế',
      'a) Mục tiêu',
      '- 100% văn bản được kiểm tra.',
      'b) Nhiệm vụ',
      '2. Cải cách thủ tục hành chính',
      'a) Mục tiêu',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
    ]);
  });

  it('keeps a table as rows of cells: merged cells written once, every row as wide as the table', () => {
    const text = docxToText(
      docx(
        table([
          [{ text: 'STT' }, { text: 'Nhiệm vụ' }, { text: 'Sản phẩm' }, { text: 'Chủ trì' }, { text: 'Phối hợp' }],
          [{ text: 'I' }, { text: 'Cải cách thể chế', span: 4 }],
          [{ text: '1', merge: 'restart' }, { text: 'Ban hành kế hoạch', merge: 'restart' }, { text: 'Kế hoạch' }, { text: 'Sở Nội vụ' }, { text: 'Sở Tư pháp\nUBND các xã' }],
          [{ text: '', merge: 'continue' }, { text: '', merge: 'continue' }, { text: 'Báo cáo' }, { text: 'Các sở | ngành' }, { text: '' }],
          [{ text: '2' }, { text: 'Theo dõi' }, { text: 'Báo cáo' }, { text: 'Theo phân công', span: 2 }],
        ]),
      ),
    );
    expect(text.split('\n')).toEqual([
      '| STT | Nhiệm vụ | Sản phẩm | Chủ trì | Phối hợp |',
      '| I | Cải cách thể chế |  |  |  |',
      '| 1 | Ban hành kế hoạch | Kế hoạch | Sở Nội vụ | Sở Tư pháp; UBND các xã |',
      '|  |  | Báo cáo | Các sở / ngành |  |',
      '| 2 | Theo dõi | Báo cáo | Theo phân công |  |',
    ]);
  });

  it('reads the plan as found, its generated numbering and its appendix table', () => {
    const text = docxToText(corpus('lamdong-kh-cchc-2026.docx'));
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toContain('I. MỤC TIÊU, NHIỆM VỤ');
    expect(lines).toContain('1. Cải cách thể chế');
    expect(lines).toContain('a) Mục tiêu');
    expect(lines).toContain('| STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện | Theo dõi, kiểm tra, đôn đốc |');
    expect(lines.filter((l) => l.startsWith('|')).every((l) => l.split(' | ').length === 7)).toBe(true);
  });

  it('refuses a Word 97–2003 file naming the format and how to save it as .docx', () => {
    expect(() => docxToText(corpus('lamdong-kh-thidua-cchc-2026-draft.doc'))).toThrow(/Word 97–2003 \(\.doc\).*Lưu thành.*\.docx/);
  });

  it('refuses an encrypted Word file as encrypted', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]), 1024);
    expect(() => docxToText(ole)).toThrow(/mật khẩu/);
  });

  it('refuses a zip bomb from its declared sizes before inflating it', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(48 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => docxToText(bomb)).toThrow(/giải nén ra 48 MB/);
  });

  it('never inflates past the declared size of a part', () => {
    const bytes = docx(para('Kế hoạch cải cách hành chính '.repeat(1000)));
    // Lower the declared size in the central directory: the text is cut there, not grown.
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength));
      if (name === 'word/document.xml') view.setUint32(i + 24, 600, true);
    }
    expect(docxToText(bytes).length).toBeLessThan(600);
  });

  it('names a damaged file and a file that is not Word', () => {
    expect(() => docxToText(new TextEncoder().encode('hello'))).toThrow(/không phải tệp Word \.docx/);
    expect(() => docxToText(zipSync({ 'a.txt': new Uint8Array(3) }))).toThrow(/không có phần văn bản/);
  });
});
