import { labelKey } from './text';

const BLOCK = /^(BR|DIV|P|LI|UL|OL|TR|TD|SECTION|ARTICLE|H\d|DD|DT|DL|HR)$/;

/** An element's lines as a person sees them: broken at <br> and block elements, tidied. */
export function linesOf(el: Element): string[] {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const block = BLOCK.test((child as Element).tagName);
        if (block) text += '\n';
        walk(child);
        if (block) text += '\n';
      }
    }
  };
  walk(el);
  return text
    .split(/\n|\s(?=[-•+–]\s+\p{L}[^:\n]{1,40}:)/u)
    .map((line) => line.replace(/^[\s\-•+–]+/, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

// "Nhãn: giá trị": a label starts with a letter and holds no digit-colon (a time such as 08:15 is a value).
const PAIR = /(?:^|,\s*)(\p{L}[^:,]{0,40}?)\s*:\s*(.*?)(?=,\s*\p{L}[^:,]{0,40}?\s*:\s|$)/gu;

/** The "label: value" pairs one cell writes, several per line when commas separate them, by folded label. */
export interface Composite {
  get(aliases: readonly string[]): { label: string; value: string } | null;
  size: number;
}

export function compositeOf(el: Element | null | undefined): Composite {
  const pairs = new Map<string, { label: string; value: string }>();
  if (el) {
    for (const line of linesOf(el)) {
      for (const m of line.matchAll(PAIR)) {
        const key = labelKey(m[1]);
        const value = m[2].trim();
        if (key && value && !pairs.has(key)) pairs.set(key, { label: m[1].trim(), value });
      }
    }
  }
  return {
    size: pairs.size,
    get(aliases) {
      for (const a of aliases) {
        const hit = pairs.get(a);
        if (hit) return hit;
      }
      for (const a of aliases) for (const [key, hit] of pairs) if (key.startsWith(`${a} `)) return hit;
      return null;
    },
  };
}
