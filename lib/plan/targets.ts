import type { Comparator, Target } from '../schema/plan';
import { isHeading, type Paragraph, type PlanDocument } from './document';
import { isTableLine } from './table';
import { matchIndicator } from './indicators';
import { tidy } from './normalise';

/*
 * A target is a quantity the plan commits to: a percentage ("100% văn bản
 * ... ban hành đúng thẩm quyền", "đạt tối thiểu 80%") or a count with an
 * explicit bound ("ít nhất 02 lớp tập huấn" → value 2, unit "lớp"). Bare
 * counts ("06 lĩnh vực"), dates, document numbers and periods ("2021-2030")
 * never are: a count needs a comparator word right before it.
 *
 * One sentence may list several targets; each value takes the wording
 * around it, cut at ";" and ":" and at the neighbouring values.
 */

const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s?%/g;
const BOUNDED_COUNT = /\b(it nhat|toi thieu|khong it hon|toi da|khong qua|khong vuot qua)\s+(\d{1,4})\s+([a-z]+)(?: ([a-z]+))?/g;
/** Units of two words: the first alone says nothing ("hội" of "hội nghị"). */
const TWO_WORD_UNIT = new Set(['hoi', 'mo', 'sang', 'van', 'thu', 'dich', 'co', 'cuoc', 'luot', 'bai', 'chuyen']);
const COMPARATORS: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/(?:khong (?:thap|it) hon|toi thieu|it nhat)\s*$/, 'gte'],
  [/(?:toi da|khong qua|khong vuot qua|duoi hoac bang)\s*$/, 'lte'],
  [/(?:\btren|\bhon|\bvuot|cao hon)\s*$/, 'gt'],
  [/\bduoi\s*$/, 'lt'],
];
/** Sections that report the past year, or set award criteria, rather than set targets. */
const REPORT_SECTION = /\b(?:ket qua thuc hien|tinh hinh thuc hien|danh gia ket qua|thuc trang|tieu chuan|khen thuong)\b/;
/** "a) Mục tiêu" and "b) Nhiệm vụ" under one area: the figures of the tasks restate or serve the targets above them. */
const TARGETS_HEADING = /^\s*[a-iđ]\)\s*(?:muc tieu|chi tieu)\b/;
const TASKS_HEADING = /^\s*[a-iđ]\)\s*(?:nhiem vu|giai phap)\b/;
const NUMBERED_HEADING = /^\s*(?:\d{1,2}\.|[ivxl]{1,4}\s*[.:])\s/;
/** Headers of a table of tasks: a figure in its rows is a task's product, not a target of the plan. */
const TASK_TABLE_HEADER = /\b(?:chu tri|phoi hop|trach nhiem thuc hien|thoi gian hoan thanh)\b/;
/** "nằm trong nhóm 15 tỉnh, thành phố dẫn đầu": a rank to reach, at most that number. */
const LEADING_GROUP = /\b(?:trong|vao) (?:nhom|top) (\d{1,3}) ([a-z ,]{2,40}?) (?:dan dau|cao nhat|tot nhat)\b/g;

interface Mention {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** Set where the wording itself says it ("trong nhóm 15 ... dẫn đầu"). */
  comparator?: Comparator;
}

function comparatorOf(before: string, after: string): Comparator {
  if (/^\s*tro xuong/.test(after)) return 'lte';
  if (/^\s*tro len/.test(after)) return 'gte';
  for (const [pattern, comparator] of COMPARATORS) if (pattern.test(before)) return comparator;
  return 'gte';
}

function mentionsIn(text: string, s: string): Mention[] {
  const found: Mention[] = [];
  for (const m of s.matchAll(PERCENT)) {
    const start = m.index!;
    // "24/7", "2021-2030%"-like glue and document numbers are not percentages of anything.
    if (start > 0 && /[\d/.-]/.test(s[start - 1])) continue;
    found.push({ start, end: start + m[0].length, value: Number(m[1].replace(',', '.')), unit: '%' });
  }
  for (const m of s.matchAll(LEADING_GROUP)) {
    const numberAt = m.index! + m[0].indexOf(m[1], 6);
    const unitAt = numberAt + m[1].length + 1;
    found.push({ start: numberAt, end: unitAt + m[2].length, value: Number(m[1]), unit: text.slice(unitAt, unitAt + m[2].length), comparator: 'lte' });
  }
  for (const m of s.matchAll(BOUNDED_COUNT)) {
    const numberAt = m.index! + m[0].indexOf(m[2], m[1].length);
    const unitAt = numberAt + m[2].length + 1;
    const unitLength = m[3].length + (m[4] && TWO_WORD_UNIT.has(m[3]) ? m[4].length + 1 : 0);
    found.push({ start: numberAt, end: unitAt + unitLength, value: Number(m[2]), unit: text.slice(unitAt, unitAt + unitLength) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Sentences of a paragraph, as [start, end) offsets. */
function sentences(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of s.matchAll(/[.!?](?=\s+[-+•]?\s*[a-z0-9(])/g)) {
    // "2.1." is not a sentence end: require a word before the stop.
    if (!/[a-z]{2}\)?$/.test(s.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    out.push([from, m.index! + 1]);
    from = m.index! + 1;
  }
  out.push([from, s.length]);
  return out;
}

function targetsOfSentence(p: Paragraph, from: number, to: number, inTable: boolean): Target[] {
  const s = p.s.slice(from, to);
  const text = p.text.slice(from, to);
  const mentions = mentionsIn(text, s);
  const sentence = tidy(text.replace(/^\s*[-+•*–]\s*/, ''));
  return mentions.map((m, i) => {
    const prevEnd = i > 0 ? mentions[i - 1].end : 0;
    const nextStart = i + 1 < mentions.length ? mentions[i + 1].start : s.length;
    // Searched only back to the previous mention: a sentence with thousands of figures stays linear.
    const between = s.slice(prevEnd, m.start);
    const clauseStart = prevEnd + Math.max(between.lastIndexOf(';'), between.lastIndexOf(':')) + 1;
    const rest = s.slice(m.end, nextStart);
    // In a table flattened by OCR, ";" and ":" no longer end a cell: read to the sentence end.
    const stop = rest.search(i + 1 < mentions.length ? /[;:,]/ : inTable ? /$^/ : /[;:]/);
    const before = s.slice(clauseStart, m.start);
    const after = stop < 0 ? rest : rest.slice(0, stop);
    const wording = `${before} ${after}`;
    const indicator = matchIndicator(wording);
    return {
      indicator: indicator?.key ?? null,
      phrase: tidy(`${text.slice(clauseStart, m.start)} ${text.slice(m.end, m.end + after.length)}`)
        .replace(/^[-+•*–,;:.\s]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?/, '')
        .replace(/[,;:.\s]+$/, ''),
      area: indicator?.area ?? p.area,
      comparator: m.comparator ?? comparatorOf(before, rest),
      value: m.value,
      unit: m.unit,
      text: sentence,
    };
  });
}

/** An appendix that assigns tasks ("Phụ lục: Phân công thực hiện nhiệm vụ ..."), read from its first lines. */
const TASK_APPENDIX = /\b(?:phan cong|nhiem vu|chu tri)\b/;

/** True for a row of a table whose header names leads, partners or completion times, or any line of an appendix of tasks. */
function inTaskTable(doc: PlanDocument, p: Paragraph): boolean {
  if (p.line >= doc.appendixStart && TASK_APPENDIX.test(doc.lines.slice(doc.appendixStart, doc.appendixStart + 4).map((l) => l.s).join(' '))) return true;
  if (!isTableLine(p.text)) return false;
  let first = p.line;
  while (first > 0 && isTableLine(doc.lines[first - 1].text)) first--;
  return TASK_TABLE_HEADER.test(doc.lines[first].s);
}

/** Every quantified target of the plan, in order, without repeats of the same sentence and value. */
export function readTargets(doc: PlanDocument): Target[] {
  const seen = new Set<string>();
  const targets: Target[] = [];
  const firstBodyLine = doc.bodyStart;
  let part: 'targets' | 'tasks' | null = null;
  for (const p of doc.paragraphs) {
    if (TARGETS_HEADING.test(p.s)) part = 'targets';
    else if (TASKS_HEADING.test(p.s) && part === 'targets') part = 'tasks';
    else if (NUMBERED_HEADING.test(p.s) && isHeading(p)) part = null;
    if (p.line < firstBodyLine || REPORT_SECTION.test(p.section) || part === 'tasks' || inTaskTable(doc, p)) continue;
    if (!/%|\d\s+[a-z]/.test(p.s)) continue;
    for (const [from, to] of sentences(p.s)) {
      for (const t of targetsOfSentence(p, from, to, p.line >= doc.appendixStart)) {
        const key = `${t.indicator}|${t.comparator}|${t.value}|${t.phrase}`;
        if (seen.has(key)) continue;
        seen.add(key);
        targets.push(t);
      }
    }
  }
  return targets;
}
