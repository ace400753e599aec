import { Readability } from '@mozilla/readability';
import { PlanInputError, type PlanInputPhrase } from './errors';
import { cell, tableLines, type Table } from './table';

/*
 * A plan open in the document-management system (QLVB) is read as the
 * article Readability finds. Its text is walked by hand so paragraphs, list
 * items, table rows and <br> stay line breaks: the plan reader relies on them.
 */

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD',
]);

const span = (el: Element, name: string) => Math.min(1000, Math.max(1, Number(el.getAttribute(name)) || 1));

/** A table element as the table model: its rows (not those of tables nested in its cells) with their spans. */
function tableOf(element: Element): Table {
  const rows = [...element.querySelectorAll('tr')].filter((tr) => tr.closest('table') === element);
  return {
    rows: rows.map((tr) =>
      [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH').map((c) => cell(textOf(c), span(c, 'rowspan'), span(c, 'colspan'))),
    ),
  };
}

function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      parts.push((n.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName.toUpperCase();
    if (tag === 'BR') return void parts.push('\n');
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    // A table's rows stay one line each, every row as wide as the table, merged cells written once.
    if (tag === 'TABLE') return void parts.push(`\n${tableLines(tableOf(n as Element)).join('\n')}\n`);
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    n.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The plain text of the article in a document page; the page itself is left untouched. */
export function documentToText(document: Document): string {
  const copy = document.cloneNode(true) as Document;
  const article = new Readability(copy, { serializer: textOf }).parse();
  const text = article?.content ?? (document.body ? textOf(document.body) : '');
  if (!text.trim()) throw new PlanInputError({ key: 'planInputPageEmpty' });
  return text;
}

/** What a document page gives the plan reader: its text, or why it has none (a script's result crosses as plain data). */
export type PageReading = { text: string } | { refused: PlanInputPhrase };

export function readPageForPlan(document: Document): PageReading {
  try {
    return { text: documentToText(document) };
  } catch (error) {
    if (error instanceof PlanInputError) return { refused: error.phrase };
    throw error;
  }
}
