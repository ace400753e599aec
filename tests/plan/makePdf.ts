/*
 * Minimal PDFs built in memory for the PDF input tests: one page with a text
 * layer (standard Helvetica, so plain ASCII: Vietnamese without diacritics,
 * as OCR'd plans are), and one page that is only an image, like a scan.
 */

function assemble(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const stream = (content: string, extra = '') => `<< /Length ${content.length}${extra} >>\nstream\n${content}\nendstream`;

/** A one-page PDF whose text layer holds `lines`. */
export function textPdf(lines: string[]): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 11 Tf 14 TL 50 780 Td ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`;
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}

/** A one-page PDF that is a single grey image and no text: a scan without OCR. */
export function imageOnlyPdf(): Uint8Array {
  const pixels = 'x'.repeat(16 * 16);
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 400 0 0 400 100 300 cm /Im1 Do Q'),
    stream(pixels, ' /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8'),
  ]);
}

/**
 * A one-page PDF whose line `text` names some glyphs in braces, e.g.
 * "o{ffi}ce": each named glyph gets a code of its own through the font's
 * encoding differences, as ligatures reach a PDF from a word processor.
 * `toUnicode` maps a glyph name to the code point the PDF's ToUnicode map
 * gives it (absent: the reader has only the glyph name).
 */
export function glyphPdf(text: string, toUnicode: Record<string, string> = {}): Uint8Array {
  const names: string[] = [];
  const shown = text.replace(/\{(\w+)\}|[\\()]/g, (token, name?: string) => {
    if (!name) return `\\${token}`;
    if (!names.includes(name)) names.push(name);
    return `\\${(128 + names.indexOf(name)).toString(8)}`;
  });
  const mapped = names.filter((n) => toUnicode[n] !== undefined);
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${mapped.length} beginbfchar`,
    ...mapped.map((n) => `<${(128 + names.indexOf(n)).toString(16)}> <${toUnicode[n]}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const font = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 ${names.map((n) => `/${n}`).join(' ')}] >>${mapped.length ? ' /ToUnicode 6 0 R' : ''} >>`;
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(`BT /F1 11 Tf 50 780 Td (${shown}) Tj ET`),
    font,
    ...(mapped.length ? [stream(cmap)] : []),
  ]);
}
