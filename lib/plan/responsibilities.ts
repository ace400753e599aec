import type { Responsibility, Task } from '../schema/plan';
import { findDeadline } from './deadline';
import { CLOSING, isHeading, isRomanHeading, type Paragraph, type PlanDocument } from './document';
import { searchForm, tidy } from './normalise';
import { readAddressee, type Addressee } from './units';

/*
 * The "Tổ chức thực hiện" section: numbered headings name units ("3. Phòng
 * Văn hóa - Xã hội"), the paragraphs and bullets under each are its duties.
 * Each duty is also a task led by that unit, so a user sees it with the rest.
 */

const SECTION = /\bto chuc thuc hien\b/;
const UNIT_HEADING = /^\s*\d{1,2}\s*\.\s+\S/;
/** Phrases a sentence opens with before naming who acts: a basis, a purpose, a time ("Quý I/2027, các cơ quan ..."). */
const OPENING = /^\s*(?:can cu|tren co so|de |nham |(?:trong |truoc |tu |den |cuoi |dau )?(?:quy|thang|nam|ngay) [0-9ivx])/;
/** Closing sentences that follow the last unit: they bind everyone, not one unit. */
const END = /^\s*(?:tren day la|trong qua trinh (?:\S+ \S+ )?thuc hien|ke hoach nay thay the|(?:ubnd|uy ban nhan dan) .{0,40}yeu cau)/;

const stripMarker = (text: string) => tidy(text).replace(/^(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*\.?|[a-iđ]\))\s*/u, '');

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

/** "Căn cứ nội dung Kế hoạch này ..., các sở, ban, ngành ... xây dựng Kế hoạch": the units after the opening phrase, and the whole item as their duty. */
export function subjectAfterOpening(body: string): Addressee | null {
  if (!OPENING.test(searchForm(body))) return null;
  for (const comma of body.matchAll(/,\s+/g)) {
    const rest = body.slice(comma.index! + comma[0].length);
    const found = readAddressee(rest[0].toUpperCase() + rest.slice(1));
    if (found) return { unit: found.unit, duty: body };
  }
  return null;
}

export interface UnitDuties {
  responsibilities: Responsibility[];
  tasks: Task[];
}

/**
 * Reads the units and duties of the "Tổ chức thực hiện" section, and the
 * tasks they make. A numbered item that opens with a unit starts that unit
 * ("3. Sở Khoa học và Công nghệ: Chủ trì, ..." is the unit and its first
 * duty); one that does not ("1. Công tác triển khai", "2. Kinh phí thực
 * hiện") is a heading, and an item under it is a duty only of the unit it
 * names itself ("c) Sở Nội vụ có trách nhiệm ...").
 */
export function readResponsibilities(doc: PlanDocument, planYear: number | null): UnitDuties {
  const byUnit = new Map<string, Responsibility>();
  const tasks: Task[] = [];
  const addDuty = (unit: string, duty: string, p: Paragraph) => {
    const entry = byUnit.get(unit) ?? { unit, duties: [] };
    byUnit.set(unit, entry);
    if (!duty) return;
    entry.duties.push(duty);
    tasks.push({ title: duty, area: p.area, lead: unit, partners: [], output: null, deadline: findDeadline(duty, planYear), source: 'to_chuc_thuc_hien' });
  };
  let current: string | null = null;
  for (const p of sectionParagraphs(doc)) {
    const body = stripMarker(p.text);
    if (!body) continue;
    const numbered = UNIT_HEADING.test(p.s);
    const addressee = readAddressee(body, numbered && isHeading(p)) ?? subjectAfterOpening(body);
    if (numbered) {
      current = addressee?.unit ?? null;
      if (addressee) addDuty(addressee.unit, addressee.duty, p);
    } else if (current) addDuty(current, body, p);
    else if (addressee) addDuty(addressee.unit, body, p);
  }
  return { responsibilities: [...byUnit.values()].filter((r) => r.duties.length > 0), tasks };
}
