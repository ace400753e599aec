import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../lib/plan/pdf';
import { glyphPdf } from './makePdf';

/*
 * Word processors draw "fi", "fl", "ffi"… as one ligature glyph; a plan
 * read from their PDFs must still say "hiện đại hóa", "file", "office".
 */
describe('ligature glyphs in a PDF read back as their letters', () => {
  it('a glyph known only by its name (no ToUnicode entry)', async () => {
    const text = await pdfToText(glyphPdf('o{ffi}ce {fi}le {fl}ow a{ff}ord wa{ffl}e o{f_f_i}cial'));
    expect(text).toBe('office file flow afford waffle official');
  });

  it('the standard ligature code points', async () => {
    const text = await pdfToText(glyphPdf('{fi}le {fl}ow o{ffi}ce', { fi: 'FB01', fl: 'FB02', ffi: 'FB03' }));
    expect(text).toBe('file flow office');
  });

  it('the private-use code points Times New Roman and Liberation Serif give fi and fl', async () => {
    const text = await pdfToText(glyphPdf('{fi}le {fl}ow pro{fi}le', { fi: 'F001', fl: 'F002' }));
    expect(text).toBe('file flow profile');
  });
});
