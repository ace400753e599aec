import type { Responsibility, Task } from '../schema/plan';
import { findDeadline } from './deadline';
import { CLOSING, isHeading, isRomanHeading, type Paragraph, type PlanDocument } from './document';
import { tidy } from './normalise';
import { unitName } from './units';

/*
 * The "Tổ chức thực hiện" section: numbered headings name units ("3. Phòng
 * Văn hóa - Xã hội"), the paragraphs and bullets under each are its duties.
 * Each duty is also a task led by that unit, so a user sees it with the rest.
 */

const SECTION = /\bto chuc thuc hien\b/;
const UNIT_HEADING = /^\s*\d{1,2}\s*\.\s+\S/;
/** Closing sentences that follow the last unit: they bind everyone, not one unit. */
const END = /^\s*(?:tren day la|trong qua trinh (?:\S+ \S+ )?thuc hien|ke hoach nay thay the|(?:ubnd|uy ban nhan dan) .{0,40}yeu cau)/;

const stripMarker = (text: string) => tidy(text).replace(/^(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*\.?|[a-dđ]\))\s*/u, '');

function sectionParagraphs(doc: PlanDocument): Paragraph[] {
  const start = doc.paragraphs.findIndex((p) => p.line >= doc.bodyStart && isRomanHeading(p.s) && SECTION.test(p.s));
  if (start < 0) return [];
  const out: Paragraph[] = [];
  for (const p of doc.paragraphs.slice(start + 1)) {
    if (p.line >= doc.appendixStart || isRomanHeading(p.s) || CLOSING.test(p.s) || END.test(p.s)) break;
    out.push(p);
  }
  return out;
}

export interface UnitDuties {
  responsibilities: Responsibility[];
  tasks: Task[];
}

/** Reads the units and duties of the "Tổ chức thực hiện" section, and the tasks they make. */
export function readResponsibilities(doc: PlanDocument, planYear: number | null): UnitDuties {
  const responsibilities: Responsibility[] = [];
  const tasks: Task[] = [];
  let current: Responsibility | null = null;
  for (const p of sectionParagraphs(doc)) {
    if (UNIT_HEADING.test(p.s) && isHeading(p)) {
      current = { unit: unitName(stripMarker(p.text)), duties: [] };
      responsibilities.push(current);
      continue;
    }
    if (!current) continue;
    const duty = stripMarker(p.text);
    if (!duty) continue;
    current.duties.push(duty);
    tasks.push({ title: duty, area: p.area, lead: current.unit, partners: [], output: null, deadline: findDeadline(duty, planYear), source: 'to_chuc_thuc_hien' });
  }
  return { responsibilities: responsibilities.filter((r) => r.duties.length > 0), tasks };
}
