import { strToU8, zipSync } from 'fflate';

/* Small Word files written in the tests: the parts a .docx needs, nothing more. */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const para = (text: string, num?: { id: number; level?: number }) =>
  `<w:p><w:pPr>${num ? `<w:numPr><w:ilvl w:val="${num.level ?? 0}"/><w:numId w:val="${num.id}"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export interface DocxCell {
  text: string;
  span?: number;
  merge?: 'restart' | 'continue';
}

export const table = (rows: DocxCell[][]) =>
  `<w:tbl>${rows
    .map(
      (row) =>
        `<w:tr>${row
          .map((c) => {
            const pr = `${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.merge ? '<w:vMerge/>' : ''}`;
            return `<w:tc><w:tcPr>${pr}</w:tcPr>${c.text.split('\n').map((t) => para(t)).join('')}</w:tc>`;
          })
          .join('')}</w:tr>`,
    )
    .join('')}</w:tbl>`;

/** Lists: 1 = "I." then "1." then "a)"; 2 = bullets in a symbol font. */
export const NUMBERING = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61485;"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

export function docx(body: string, parts: Record<string, string> = { 'word/numbering.xml': NUMBERING }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}
