import { cellsOfRow, isHeaderCell, readGrids } from './table';
import { labelKey, textOf } from './text';

/** A value found beside the label a person reads, and the element that shows it. */
export interface Labelled {
  value: string;
  element: Element;
}

export interface LabelIndex {
  /** The value under the first of these folded labels the page shows; exact labels win over prefixes. */
  get(aliases: readonly string[]): Labelled | null;
}

// Labels are short phrases; anything longer is prose, not a label.
const MAX_LABEL = 60;
const LABEL_ELEMENTS = 'th,label,strong,b,dt,h2,h3,h4,[role="rowheader"],[role="term"],[class*="label"],[class*="title"]';
// Lines that hold a whole "Nhãn: giá trị" even around inline markup; a div only when it is a leaf.
const INLINE_PAIRS = 'td,li,p,span,div:not(:has(*))';
const INLINE = /^([^:]{2,60}?)\s*:\s*(.+)$/s;

function isLabelText(text: string): boolean {
  return text.length > 1 && text.length <= MAX_LABEL && /\p{L}/u.test(text) && !/^\d/.test(text);
}

/**
 * Reads every label–value pair a detail page shows, whatever the markup:
 * table rows (label cell, value cell), dt/dd, ARIA rowheader/term, a label
 * element followed by its value, a bold label inside the value's line, a
 * "Nhãn:" cell beside its value, and "Nhãn: giá trị" in one cell.
 */
export function readLabels(root: ParentNode): LabelIndex {
  const pairs = new Map<string, Labelled>();
  const add = (label: string, value: string, element: Element): void => {
    const key = labelKey(label);
    if (!key || !value || pairs.has(key)) return;
    pairs.set(key, { value, element });
  };

  // A data table's rows are records, not label–value pairs: its header "Số hóa" is no label of this page
  // and the header beside it no value of it.
  const grids = readGrids(root)
    .filter((g) => g.headers.length > 2 && g.rows.length > 0)
    .map((g) => g.element);
  const inDataTable = (el: Element): boolean => grids.some((g) => g.contains(el));

  for (const tr of Array.from(root.querySelectorAll('tr'))) {
    const cells = cellsOfRow(tr);
    // A row of headers heads columns ("Đánh giá | Rất hài lòng | Hài lòng"), even over no data yet: none is a value.
    if (inDataTable(tr) || tr.parentElement?.tagName === 'THEAD' || cells.every(isHeaderCell)) continue;
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const label = textOf(cells[i]);
      if (isLabelText(label)) add(label, textOf(cells[i + 1]), cells[i + 1]);
    }
  }

  for (const el of Array.from(root.querySelectorAll(LABEL_ELEMENTS))) {
    const label = textOf(el);
    if (!isLabelText(label) || inDataTable(el)) continue;
    const next = el.nextElementSibling;
    if (next && !next.matches(LABEL_ELEMENTS)) {
      add(label, textOf(next), next);
      continue;
    }
    // "<b>Mã thủ tục:</b> 1.000253": the value is the rest of the parent's text.
    const parent = el.parentElement;
    const whole = parent ? textOf(parent) : '';
    // Only a label that opens its line labels the rest: a bold value ("Tình trạng: <b>Đã số hóa</b>") labels nothing.
    if (!next && parent && whole.startsWith(label)) {
      const rest = whole.slice(label.length).replace(/^[\s:]+/, '');
      if (rest) add(label, rest, parent);
    }
  }

  for (const el of Array.from(root.querySelectorAll(INLINE_PAIRS))) {
    if (inDataTable(el)) continue;
    const text = textOf(el);
    const m = INLINE.exec(text);
    if (m && isLabelText(m[1])) add(m[1], m[2].trim(), el);
    // A bare "Nhãn:" cell of a div grid labels the cell beside it.
    else if (text.endsWith(':') && isLabelText(text) && el.nextElementSibling) add(text, textOf(el.nextElementSibling), el.nextElementSibling);
  }

  return {
    get(aliases) {
      for (const a of aliases) {
        const hit = pairs.get(a);
        if (hit) return hit;
      }
      for (const a of aliases) {
        for (const [key, hit] of pairs) if (key.startsWith(`${a} `) || key.startsWith(`${a}(`)) return hit;
      }
      return null;
    },
  };
}
