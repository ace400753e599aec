import type { Area, Task } from '../schema/plan';
import { areaOfHeading } from './areas';
import { parseDeadline, yearIn } from './deadline';
import type { PlanDocument } from './document';
import { tidy } from './normalise';
import { taskRows, type TaskRow } from './taskTable';
import { findKnownUnits, readAddressee, units } from './units';

/*
 * Tasks come in three shapes: numbered items followed by field lines
 * ("Đơn vị chủ trì: ...", "Thời gian thực hiện: ..."), appendix tables with
 * a header row, and appendix tables flattened by OCR into interleaved lines.
 */

type Field = 'lead' | 'partners' | 'output' | 'deadline';

const LABEL = /(?:^|[\s;.(-])((?:don vi|co quan) (?:chu tri|thuc hien)|chu tri(?: thuc hien)?|(?:don vi|co quan) phoi hop|phoi hop(?: thuc hien)?|san pham(?: dau ra)?|ket qua dau ra|thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do)\s*:/g;

function fieldOf(label: string): Field {
  if (/phoi hop/.test(label)) return 'partners';
  if (/san pham|ket qua/.test(label)) return 'output';
  if (/thoi|tien do/.test(label)) return 'deadline';
  return 'lead';
}

const clean = (text: string) => tidy(text).replace(/^[-+•*–\s]+|[\s;.,]+$/g, '');
const leadOf = (text: string) => units(text).join('; ') || null;

function emptyTask(title: string, area: Area | null): Task {
  return { title, area, lead: null, partners: [], output: null, deadline: null, source: 'nhiem_vu' };
}

/** Numbered items with "Đơn vị chủ trì / phối hợp / Thời gian thực hiện" fields. */
function fieldTasks(doc: PlanDocument, planYear: number | null): Task[] {
  const tasks: Task[] = [];
  let current: Task | null = null;
  let candidate: { title: string; area: Area | null } | null = null;
  for (const p of doc.paragraphs) {
    if (p.line < doc.bodyStart || p.line >= doc.appendixStart) continue;
    const labels = [...p.s.matchAll(LABEL)];
    if (labels.length === 0) {
      candidate = { title: clean(p.text).replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-iđ]\))\s*/u, ''), area: p.area };
      current = null;
      continue;
    }
    const firstAt = labels[0].index! + labels[0][0].indexOf(labels[0][1]);
    const before = clean(p.text.slice(0, firstAt)).replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-iđ]\))\s*/u, '');
    if (before.length > 3) {
      current = emptyTask(before, p.area);
      tasks.push(current);
    } else if (!current && candidate) {
      current = emptyTask(candidate.title, candidate.area);
      tasks.push(current);
    }
    if (!current) continue;
    labels.forEach((m, i) => {
      const valueStart = m.index! + m[0].length;
      const valueEnd = i + 1 < labels.length ? labels[i + 1].index! + 1 : p.text.length;
      const value = clean(p.text.slice(valueStart, valueEnd));
      const task = current!;
      const field = fieldOf(m[1]);
      if (field === 'lead') task.lead = leadOf(value);
      else if (field === 'partners') task.partners = units(value);
      else if (field === 'output') task.output = value || null;
      else task.deadline = parseDeadline(value, planYear);
    });
  }
  return tasks.filter((t) => t.lead || t.deadline);
}

const unique = (items: string[]) => [...new Set(items.filter(Boolean))];

/**
 * Who inspects, in an inspection plan: the body its text names for the
 * inspection team ("Đoàn kiểm tra của Sở Nội vụ", "Sở Nội vụ chủ trì ... kiểm
 * tra"), else the body that issued the plan.
 */
function inspectingBody(doc: PlanDocument, issuer: string | null): string | null {
  const team = doc.text.match(/[Đđ]oàn (?:kiểm tra|thanh tra)[^.;\n]{0,60}?\b(?:của|do) (\p{Lu}[^.;,()\n]{2,60})/u);
  const leads = doc.text.match(/(?:^|[.;:]\s+|\n\s*(?:[-+•]\s*)?)(?:Giao\s+)?(\p{Lu}[^.;,()\n]{2,60}?) (?:chủ trì|thành lập [Đđ]oàn)[^.;\n]{0,80}\b(?:kiểm tra|thanh tra)\b/u);
  for (const m of [team, leads]) {
    // The name ends where its verb begins: "Ban Chỉ đạo ... tỉnh kiểm tra trực tiếp".
    const unit = m ? readAddressee(m[1])?.unit : undefined;
    if (unit) return unit;
  }
  return issuer;
}

/** A task of a task table: a continuation row's product, deadline and lead are the same task's. */
function taskOfRow(row: TaskRow, planYear: number | null, area: Area | null, source: string, inspector: () => string | null): Task {
  const parts = row.parts.map((p) => ({
    output: clean(p.output) || null,
    // An inline schedule's dates leave the year to their column header ("Thời gian (Năm 2026)").
    deadline: parseDeadline(p.deadline, yearIn(row.headers.deadline) ?? planYear),
    lead: leadOf(p.lead),
    partners: units(p.partners),
  }));
  const leads = unique(parts.flatMap((p) => p.lead?.split('; ') ?? []));
  // A row of an inspection schedule names the unit inspected; the inspecting body leads.
  const inspected = row.inspected ? clean(row.inspected) : '';
  if (inspected) leads.splice(0, leads.length, ...(inspector()?.split('; ') ?? []));
  return {
    title: !inspected ? clean(row.title) : row.title === row.inspected ? `Kiểm tra tại ${inspected}` : `${clean(row.title)} — ${inspected}`,
    area: row.area ?? area,
    lead: leads.length ? leads.join('; ') : null,
    // The task's partners are those of its first row; a later row's stay with its product in `parts`.
    partners: parts[0]?.partners ?? [],
    output: unique(parts.map((p) => p.output ?? '')).join('; ') || null,
    deadline: parts.find((p) => p.deadline)?.deadline ?? null,
    source,
    ...(row.others.length ? { followUp: unique(row.others.flatMap((o) => units(o.text))) } : {}),
    ...(parts.length > 1 ? { parts } : {}),
    text: row.text,
  };
}

/** Tables of tasks, in the appendix or inline in the text: columns named by the header row. */
function tableTasks(doc: PlanDocument, planYear: number | null, issuer: string | null): Task[] | null {
  let found = false;
  let inspector: string | null | undefined;
  const inspectorOnce = () => (inspector === undefined ? (inspector = inspectingBody(doc, issuer)) : inspector);
  const tasks: Task[] = [];
  for (const block of doc.tables) {
    if (block.line < doc.bodyStart) continue;
    const rows = taskRows(block.table);
    if (!rows?.length) continue;
    found = true;
    const inAppendix = block.line >= doc.appendixStart;
    const around = [...doc.paragraphs].reverse().find((p) => p.line <= block.line);
    for (const row of rows) tasks.push(taskOfRow(row, planYear, inAppendix ? null : (around?.area ?? null), inAppendix ? 'phu_luc' : 'nhiem_vu', inspectorOnce));
  }
  return found ? tasks : null;
}

/** A deadline cell at the end of a flattened row: "Quý III-IV/2025", "Tháng 10/2025", "Thường xuyên". */
const ROW_DEADLINE = /(?:\bquy\s+[ivxlh1|]+(?:\s*-\s*[ivxlh1|]+)?\s*\/+\s*\d{4}|\bthang\s+\d{1,2}\s*\/\s*\d{4}|\bthuong xuyen|\bnam\s+\d{4})\s*$/;
const SECTION_ROW = /^\s*[ivxl]{1,4}\s*\|/;
const OUTPUT_WORDS = /\b(?:ke hoach|bao cao|quyet dinh|de an|van ban|chuong trinh|to trinh)\b/;

/**
 * Appendix rows flattened by OCR: cells of one row are spread over lines
 * and interleaved. The deadline is the last cell, so a row ends at a line
 * ending in a deadline; the first known unit in the row leads it.
 */
function flattenedTasks(doc: PlanDocument, planYear: number | null): Task[] {
  const tasks: Task[] = [];
  let area: Area | null = null;
  let rowStart = doc.appendixStart;
  for (let i = doc.appendixStart; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    if (SECTION_ROW.test(line.s)) {
      area = areaOfHeading(line.s) ?? area;
      rowStart = i + 1;
      continue;
    }
    // A row wrapped at the page width may break inside its deadline cell ("Quý" | "III/2025").
    const due = line.s.match(ROW_DEADLINE) ?? (i > rowStart ? `${doc.lines[i - 1].s} ${line.s}`.match(ROW_DEADLINE) : null);
    if (!due) continue;
    const rowText = doc.lines.slice(rowStart, i + 1).map((l) => l.text).join('\n');
    const cut = rowText.length - due[0].length;
    const body = rowText.slice(0, cut);
    const units = findKnownUnits(body);
    const outputAt = body.search(/\b(?:Kế hoạch|K[ée¢&]\S* hoach|Báo cáo|B[aá]o c[aá]o|Quyết định|Quy[ée]t d[iị]nh|Đề án|Văn bản)\b[^|]*$/u);
    tasks.push({
      title: tidy(body.replace(/\|/g, ' ')),
      area,
      lead: units[0] ?? null,
      partners: units.slice(1),
      output: outputAt >= 0 && OUTPUT_WORDS.test(doc.lines[i].s) ? clean(body.slice(outputAt)) : null,
      deadline: parseDeadline(rowText.slice(cut), planYear),
      source: 'phu_luc',
    });
    rowStart = i + 1;
  }
  return tasks;
}

/** Every task of the plan except the duties of "Tổ chức thực hiện" (see responsibilities.ts). */
export function readTasks(doc: PlanDocument, planYear: number | null, issuer: string | null = null): Task[] {
  const tables = tableTasks(doc, planYear, issuer);
  const flattened = !tables && doc.appendixStart < doc.lines.length ? flattenedTasks(doc, planYear) : [];
  return [...fieldTasks(doc, planYear), ...(tables ?? flattened)];
}
