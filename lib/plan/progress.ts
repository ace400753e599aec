import type { Task } from '../schema/plan';
import { findDeadline, parseDeadline } from './deadline';
import { isHeading, isRomanHeading, type PlanDocument } from './document';
import { tidy } from './normalise';
import { subjectAfterOpening } from './responsibilities';
import { isTableLine } from './table';
import { readAddressee } from './units';

/*
 * The steps of a plan's "Tiến độ thực hiện" (or "Lộ trình thực hiện"):
 * "a) ..., các cơ quan, đơn vị, địa phương xây dựng Kế hoạch trong Quý
 * I/2026", "b) Quý I/2027, các cơ quan ... đánh giá kết quả". Each step is
 * a task of the units it names, due when it says.
 */

const HEADING = /\b(?:tien do|lo trinh) (?:thuc hien|trien khai)\b/;
const MARKER = /^(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*\.?|[a-iđ]\))\s*/u;

/** The time a step opens with, before its first comma: "Quý I/2027, ...". */
function openingDeadline(step: string, planYear: number | null) {
  const comma = step.indexOf(',');
  return comma > 0 && comma < 40 ? parseDeadline(step.slice(0, comma), planYear) : null;
}

export function progressTasks(doc: PlanDocument, planYear: number | null): Task[] {
  const tasks: Task[] = [];
  let open = false;
  for (const p of doc.paragraphs) {
    if (p.line < doc.bodyStart || p.line >= doc.appendixStart) continue;
    // "IV. THỜI GIAN ... VÀ TIẾN ĐỘ THỰC HIỆN" opens the part; its "1. Thời gian thi đua" closes it again.
    if (isRomanHeading(p.s) || isHeading(p)) {
      open = HEADING.test(p.s);
      continue;
    }
    // A schedule table under the heading is read as a table (taskTable.ts).
    if (!open || isTableLine(p.text)) continue;
    const step = tidy(p.text).replace(MARKER, '');
    const subject = readAddressee(step) ?? subjectAfterOpening(step);
    const deadline = findDeadline(step, planYear) ?? openingDeadline(step, planYear);
    if (!subject && !deadline) continue;
    tasks.push({ title: step, area: p.area, lead: subject?.unit ?? null, partners: [], output: null, deadline, source: 'tien_do', text: tidy(p.text) });
  }
  return tasks;
}
