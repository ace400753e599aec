import { unzipSync } from 'fflate';
import { PlanInputError } from './errors';
import { Numbering, type NumberRef } from './numbering';
import { cell, tableLines, type Table, type TableCell } from './table';
import { child, childrenNamed, isElement, parseXml, valOf, type XmlElement } from './xml';

/*
 * A Word file (.docx) read from its XML, not through a converter to HTML:
 * converters keep the text but drop what the plan reader needs, the numbers
 * Word generates for headings and items ("I.", "1.", "a)") and the merged
 * cells of the appendix tables (a task over two rows, a cell spanning the
 * lead and partner columns). Parts are inflated only after their declared
 * sizes are checked, and never past them, so a zip bomb costs nothing.
 */

/** Far above the text of any plan: document.xml of a 35-page plan is about 0.5 MB. */
const MAX_PART_BYTES = 40 * 1024 * 1024;
const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** UTF-16 "EncryptedPackage": the stream an encrypted .docx keeps inside an OLE container. */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** The reason an OLE (Word 97–2003 container) file cannot be read. */
function oleRefusal(bytes: Uint8Array): PlanInputError {
  if (isEncryptedOoxml(bytes)) {
    return new PlanInputError({ key: 'planInputWordEncrypted' });
  }
  return new PlanInputError({ key: 'planInputWord97' });
}

function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  if (startsWith(bytes, OLE_SIGNATURE)) throw oleRefusal(bytes);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new PlanInputError({ key: 'planInputNotDocx' });
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!PARTS.includes(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) {
          throw new PlanInputError({ key: 'planInputDocxBomb', params: { mb: Math.round(file.originalSize / 1048576) } });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof PlanInputError) throw error;
    throw new PlanInputError({ key: 'planInputDocxDamaged' });
  }
}

const decoder = new TextDecoder();
const xmlOf = (part: Uint8Array | undefined) => (part ? parseXml(decoder.decode(part)) : null);

/** Paragraph styles that carry a list number ("Heading 1" numbered I., II., …). */
function styleNumbers(styles: XmlElement | null): Map<string, NumberRef> {
  const own = new Map<string, { ref: Partial<NumberRef>; basedOn?: string }>();
  for (const style of childrenNamed(child(styles ?? undefined, 'w:styles') ?? { name: '', attrs: {}, children: [] }, 'w:style')) {
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    const numId = valOf(numPr, 'w:numId');
    const level = valOf(numPr, 'w:ilvl');
    own.set(style.attrs['w:styleId'] ?? '', {
      ref: { numId, level: level === undefined ? undefined : Number(level) },
      basedOn: valOf(style, 'w:basedOn'),
    });
  }
  const resolved = new Map<string, NumberRef>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let level: number | undefined;
    for (let s = own.get(id), depth = 0; s && depth < 20; s = s.basedOn ? own.get(s.basedOn) : undefined, depth++) {
      numId ??= s.ref.numId;
      level ??= s.ref.level;
    }
    if (numId && numId !== '0') resolved.set(id, { numId, level: level ?? 0 });
  }
  return resolved;
}

/** Elements whose content is part of the text flow; what is not listed (deleted text, field codes, properties) is skipped. */
const PASS_THROUGH = new Set(['w:r', 'w:hyperlink', 'w:smartTag', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:fldSimple', 'mc:AlternateContent', 'mc:Choice', 'w:drawing', 'wp:inline', 'wp:anchor', 'a:graphic', 'a:graphicData', 'wps:wsp', 'wps:txbx', 'w:pict', 'v:shape', 'v:textbox', 'w:object']);
const BLOCK_PASS_THROUGH = new Set(['w:body', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:txbxContent']);

const hidden = (run: XmlElement) => {
  const vanish = child(child(run, 'w:rPr'), 'w:vanish');
  return vanish !== undefined && !/^(?:0|false|off)$/.test(vanish.attrs['w:val'] ?? '');
};

class DocxReader {
  private readonly numbering: Numbering;
  private readonly styles: Map<string, NumberRef>;

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    this.numbering = new Numbering(numbering);
    this.styles = styleNumbers(styles);
  }

  /** The text of a paragraph, its generated number first. A text box inside it adds its own lines. */
  paragraph(p: XmlElement): string {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const styleRef = this.styles.get(valOf(pPr, 'w:pStyle') ?? '');
    const numId = valOf(numPr, 'w:numId') ?? styleRef?.numId;
    const level = Number(valOf(numPr, 'w:ilvl') ?? styleRef?.level ?? 0);
    let text = '';
    const boxes: string[] = [];
    const walk = (e: XmlElement) => {
      for (const c of e.children) {
        if (!isElement(c)) continue;
        if (c.name === 'w:t') text += c.children.filter((x) => typeof x === 'string').join('');
        else if (c.name === 'w:tab' || c.name === 'w:ptab') text += ' ';
        else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
        else if (c.name === 'w:noBreakHyphen') text += '-';
        else if (c.name === 'w:sym') text += String.fromCharCode(parseInt(c.attrs['w:char'] ?? '20', 16) & 0xff || 32);
        else if (c.name === 'w:txbxContent') boxes.push(this.blocks(c).join('\n'));
        else if (c.name === 'w:r' && hidden(c)) continue;
        else if (PASS_THROUGH.has(c.name)) walk(c);
      }
    };
    walk(p);
    const body = text.replace(/[^\S\n]+/g, ' ').trim();
    const label = numId && numId !== '0' && body ? this.numbering.next({ numId, level }) : '';
    return [label ? `${label} ${body}` : body, ...boxes].filter(Boolean).join('\n');
  }

  /** The text of a table cell: its paragraphs (and any nested table, flattened) one per line. */
  cellText(tc: XmlElement): string {
    return this.blocks(tc).join('\n').replace(/\n{2,}/g, '\n').trim();
  }

  table(tbl: XmlElement): Table {
    const rows: TableCell[][] = [];
    // The cell that started a vertical merge, per grid column.
    const above = new Map<number, TableCell>();
    for (const tr of childrenNamed(tbl, 'w:tr')) {
      const row: TableCell[] = [];
      const trPr = child(tr, 'w:trPr');
      let col = Number(valOf(trPr, 'w:gridBefore') ?? 0);
      for (let i = 0; i < col; i++) row.push(cell(''));
      for (const tc of childrenNamed(tr, 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(valOf(tcPr, 'w:gridSpan') ?? 1));
        const vMerge = child(tcPr, 'w:vMerge');
        const origin = above.get(col);
        if (vMerge && vMerge.attrs['w:val'] !== 'restart' && origin && origin.colSpan === span) {
          origin.rowSpan += 1;
        } else {
          const made = cell(this.cellText(tc), 1, span);
          row.push(made);
          if (vMerge) above.set(col, made);
          else above.delete(col);
        }
        col += span;
      }
      rows.push(row);
    }
    return { rows };
  }

  /** Body content as text blocks: a paragraph each, a table as its row lines (layout tables as their paragraphs). */
  blocks(container: XmlElement): string[] {
    const out: string[] = [];
    for (const c of container.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:p') {
        const text = this.paragraph(c);
        if (text) out.push(text);
      } else if (c.name === 'w:tbl') out.push(...this.tableBlocks(this.table(c)));
      else if (BLOCK_PASS_THROUGH.has(c.name)) out.push(...this.blocks(c));
    }
    return out;
  }

  /**
   * A table of data becomes row lines; the tables Word documents use for
   * layout (issuer beside the national motto, "Nơi nhận" beside the
   * signature) become their paragraphs, as they read on paper.
   */
  tableBlocks(table: Table): string[] {
    const width = Math.max(0, ...table.rows.map((r) => r.reduce((n, c) => n + c.colSpan, 0)));
    if (width >= 3 || (width === 2 && table.rows.length >= 4)) return [tableLines(table).join('\n')];
    return table.rows.flatMap((row) => row.map((c) => c.text)).filter((t) => t.trim());
  }
}

/** The text of a .docx: paragraphs separated by blank lines, tables as row lines. */
export function docxToText(data: ArrayBuffer | Uint8Array): string {
  const parts = unzipParts(data instanceof Uint8Array ? data : new Uint8Array(data));
  const document = xmlOf(parts['word/document.xml']);
  const body = child(child(document ?? undefined, 'w:document'), 'w:body');
  if (!body) throw new PlanInputError({ key: 'planInputDocxNoBody' });
  const reader = new DocxReader(xmlOf(parts['word/numbering.xml']), xmlOf(parts['word/styles.xml']));
  const text = reader.blocks(body).join('\n\n');
  if (!/\p{L}{2}/u.test(text)) throw new PlanInputError({ key: 'planInputDocxNoText' });
  return text;
}
