import type { Deadline } from '../schema/plan';
import { addDays, addWorkingDays } from '../time/dates';
import { docNumbersIn } from './docnumber';
import { searchForm, tidy } from './normalise';

/*
 * Deadlines come as a cell of an appendix table ("Quý III-IV/2025"), a field
 * line ("Thời gian thực hiện: Trước ngày 28/02/2026") or a phrase inside a
 * duty ("... xong trước ngày 28/02/2026"). `parseDeadline` reads a text that
 * is a deadline; `findDeadline` looks for one inside prose and ignores bare
 * years, which in prose name a period rather than a due date.
 *
 * A cell often says two things ("Ban hành kế hoạch chậm nhất là ngày
 * 15/4/2026 và tổ chức thực hiện"): the first dated step is the deadline.
 * A date that belongs to a cited document ("Nghị định số 52/2015/NĐ-CP ngày
 * 28/5/2015") is never one.
 */

type Every = NonNullable<Deadline['every']>;
type After = NonNullable<Deadline['after']>;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const ON_REQUEST = /\b(?:khi co yeu cau|theo yeu cau|khi duoc yeu cau|dot xuat)\b/;
/** "Sau 03 tháng kể từ khi có văn bản ...", "Chậm nhất 10 ngày làm việc kể từ ngày ... ban hành". */
const RELATIVE = /\b(?:(?:cham nhat|trong (?:vong|thoi han)?|sau)\s*(?:sau\s*)?(\d{1,3})\s*(ngay lam viec|ngay|thang|nam)\s*(?:ke tu|sau khi|tu khi|tu ngay)|ke tu ngay .{0,80}(?:ban hanh|co hieu luc))/;
/** The timing is set by another document or guidance: "Theo các mốc thời gian tại Quyết định số ...", "Theo hướng dẫn của Trung ương". */
const PER_DOCUMENT = /^\s*(?:thuc hien\s+)?theo\s+(?:cac moc thoi gian|tien do|thoi gian|lo trinh|dieu|khoan|huong dan|ke hoach|quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|cong van|van ban|phuong an|de an|chuong trinh|quy dinh)\b/;
/** A date that belongs to a cited document: right after its number, or after "Luật ...". */
const CITED_DATE = /(?:\b\d{1,5}\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z0-9]+(?:\s*[-/]\s*[a-z0-9]+)*|\bluat [a-z ,-]{2,60}?)\s*,?\s*(?:ban hanh\s+)?ngay\s*(?:\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2} thang \d{1,2} nam \d{4})/g;
const DATE = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/;
/** A day without its year, in a table whose header or plan gives the year: "ngày 23 tháng 1", "ngày 23/1". */
const DAY_MONTH = /\bngay (\d{1,2})(?: thang |\s*\/\s*)(\d{1,2})\b(?!\s*(?:\/|nam)\s*\d)/;
const MONTH_RANGE = /thang (\d{1,2})\s*(?:-|den(?: thang)?)\s*(?:thang\s*)?(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/;
const MONTH = /thang (\d{1,2})\s*(?:\/|nam)\s*(\d{4})/;
const QUARTER = /\bquy\s+([ivxlh1|]+)\b(?:\s*[-–,]\s*(?:quy\s+)?([ivxlh1|]+)\b)?\s*(?:\/+|nam\s*)?\s*(\d{4})?/;
const HALF = /\b6 thang (dau|cuoi) nam\s*(\d{4})?/;
const YEAR = /\bnam\s*(\d{4})\b/;
/** A yearly report due on a fixed day of the next year: "Trước ngày 31/01 năm liền kề". */
const YEARLY_ON = /\bngay (\d{1,2})\s*(?:\/|thang)\s*(\d{1,2})\s*(?:cua\s*)?(?:nam|hang nam) (?:lien ke|sau|tiep theo|ke tiep)\b/;
/** A monthly report due on a fixed day of the next month: "Trước ngày 05 của tháng liền kề", "ngày 20 hằng tháng". */
const MONTHLY_ON = /\bngay (\d{1,2}) (?:(?:cua |thuoc )?thang (?:lien ke|sau|tiep theo|ke tiep)|hang thang)\b/;
const CONTINUOUS = /\b(?:thuong xuyen|lien tuc|hang ngay)\b/;
const WITHIN_YEAR = /\btrong nam\b(?!\s*\d)/;
const PERIODIC: ReadonlyArray<readonly [RegExp, Every]> = [
  [/\b(?:hang|moi|dinh ky) tuan\b/, 'week'],
  [/\b(?:hang|moi|dinh ky(?: hang)?|bao cao) thang\b/, 'month'],
  [/\b(?:hang|moi|dinh ky(?: hang)?|bao cao) quy\b/, 'quarter'],
  [/\b(?:dinh ky |bao cao )?6 thang\b(?! (?:dau|cuoi))/, 'half_year'],
  [/\b(?:hang|moi|dinh ky(?: hang)?|bao cao) nam\b(?!\s*\d)/, 'year'],
];
/** A recurring report whose cycle the text does not name: "Định kỳ báo cáo", "Báo cáo định kỳ theo quy định". */
const PERIODIC_UNNAMED = /\bdinh ky\b/;

/** Reads an OCR'd roman numeral: "111" or "H1" is III, "1Vv" is IV. */
export function romanQuarter(raw: string): number | null {
  const r = raw.toUpperCase().replace(/[1L|]/g, 'I').replace(/H/g, 'II').replace(/V+$/, 'V');
  return ({ I: 1, II: 2, III: 3, IV: 4 } as Record<string, number>)[r] ?? null;
}

/** Blanks the dates of cited documents, keeping the length so offsets still match. */
function withoutCitedDates(s: string): string {
  return s.replace(CITED_DATE, (m) => ' '.repeat(m.length));
}

function quarterDeadline(m: RegExpMatchArray, text: string, planYear: number | null): Deadline | null {
  const first = romanQuarter(m[1]);
  const last = m[2] ? romanQuarter(m[2]) : first;
  if (!first || !last || last < first) return null;
  const year = m[3] ? Number(m[3]) : planYear;
  if (!year) return { kind: 'quarter', text };
  return { kind: 'quarter', text, from: iso(year, first * 3 - 2, 1), to: iso(year, last * 3, lastDay(year, last * 3)) };
}

function dayDeadline(d: number, mo: number, y: number, text: string): Deadline | null {
  if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return null;
  return { kind: 'date', text, to: iso(y, mo, d) };
}

function monthDeadline(a: number, b: number, y: number, text: string): Deadline | null {
  if (a < 1 || b > 12 || a > b) return null;
  return { kind: 'month', text, from: iso(y, a, 1), to: iso(y, b, lastDay(y, b)) };
}

/** Each dated form, tried at its own position: the one written first in the text wins. */
const datedForms: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray, text: string, planYear: number | null) => Deadline | null]> = [
  [DATE, (m, text) => dayDeadline(Number(m[1] ?? m[4]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6]), text)],
  [DAY_MONTH, (m, text, y) => (y ? dayDeadline(Number(m[1]), Number(m[2]), y, text) : null)],
  [MONTH_RANGE, (m, text) => monthDeadline(Number(m[1]), Number(m[2]), Number(m[3]), text)],
  [MONTH, (m, text) => monthDeadline(Number(m[1]), Number(m[1]), Number(m[2]), text)],
  [QUARTER, (m, text, y) => quarterDeadline(m, text, y)],
  [
    HALF,
    (m, text, y) => {
      const year = m[2] ? Number(m[2]) : y;
      const [a, b] = m[1] === 'dau' ? [1, 6] : [7, 12];
      return year ? { kind: 'quarter', text, from: iso(year, a, 1), to: iso(year, b, lastDay(year, b)) } : { kind: 'quarter', text };
    },
  ],
];
function firstDated(s: string, text: string, planYear: number | null): Deadline | null {
  let best: { at: number; deadline: Deadline } | null = null;
  for (const [pattern, make] of datedForms) {
    const m = s.match(pattern);
    if (!m || (best && m.index! >= best.at)) continue;
    const deadline = make(m, text, planYear);
    if (deadline) best = { at: m.index!, deadline };
  }
  return best?.deadline ?? null;
}

function relativeDeadline(m: RegExpMatchArray, text: string): Deadline {
  if (!m[1]) return { kind: 'relative', text };
  const unit: After['unit'] = m[2] === 'ngay lam viec' ? 'working_day' : m[2] === 'ngay' ? 'day' : m[2] === 'thang' ? 'month' : 'year';
  // The event is what follows "kể từ": shown as written, cut at the end of its clause.
  const eventAt = m.index! + m[0].length;
  const event = tidy(text.slice(eventAt).split(/[;.](?:\s|$)/)[0]).replace(/^khi\s+/, '');
  return { kind: 'relative', text, after: { count: Number(m[1]), unit }, ...(event ? { event } : {}) };
}

function read(text: string, planYear: number | null, allowBareYear: boolean): Deadline | null {
  const shown = tidy(text);
  const s = withoutCitedDates(searchForm(shown));
  if (PER_DOCUMENT.test(s)) {
    const document = docNumbersIn(shown)[0];
    return { kind: 'per_document', text: shown, ...(document ? { document } : {}) };
  }
  if (ON_REQUEST.test(s)) return { kind: 'on_request', text: shown };
  const relative = s.match(RELATIVE);
  if (relative) return relativeDeadline(relative, shown);
  const yearly = s.match(YEARLY_ON);
  if (yearly && Number(yearly[2]) >= 1 && Number(yearly[2]) <= 12 && Number(yearly[1]) >= 1 && Number(yearly[1]) <= 31) {
    return { kind: 'recurring', text: shown, every: 'year', dueDay: Number(yearly[1]), dueMonth: Number(yearly[2]) };
  }
  const monthly = s.match(MONTHLY_ON);
  if (monthly && Number(monthly[1]) >= 1 && Number(monthly[1]) <= 31) return { kind: 'recurring', text: shown, every: 'month', dueDay: Number(monthly[1]) };
  const dated = firstDated(s, shown, planYear);
  if (dated) return dated;
  if (CONTINUOUS.test(s)) {
    if (/hang ngay/.test(s)) return { kind: 'recurring', text: shown, every: 'day' };
    // "Thường xuyên trong năm": ongoing, over the plan's year.
    const window = WITHIN_YEAR.test(s) && planYear ? { from: iso(planYear, 1, 1), to: iso(planYear, 12, 31) } : {};
    return { kind: 'recurring', text: shown, every: 'continuous', ...window };
  }
  for (const [pattern, every] of PERIODIC) if (pattern.test(s)) return { kind: 'recurring', text: shown, every };
  if (PERIODIC_UNNAMED.test(s)) return { kind: 'recurring', text: shown };
  const year = allowBareYear ? s.match(YEAR) : null;
  if (year) {
    const y = Number(year[1]);
    return { kind: 'year', text: shown, from: iso(y, 1, 1), to: iso(y, 12, 31) };
  }
  return null;
}

/** The year a column header gives its dates ("Thời gian (Năm 2026)"), or null. */
export function yearIn(header: string): number | null {
  const m = searchForm(header).match(YEAR);
  return m ? Number(m[1]) : null;
}

/** Reads a deadline cell or field ("Quý III-IV/2025", "Thường xuyên", "Năm 2026"). */
export function parseDeadline(text: string, planYear: number | null = null): Deadline | null {
  return read(text, planYear, true);
}

/** Cues that a phrase inside a duty is a due date, not a mention of a period. */
const DEADLINE_CUE = /\b(?:tru\w{0,2}c ngay|xong tru\w{0,2}c|hoan thanh (?:truoc|trong)|cham nhat|thuong xuyen|dinh ky|hang (?:thang|quy|nam|tuan)|khi co yeu cau|trong (?:thang|quy) [0-9ivx])/g;
/** "hằng năm", "định kỳ" name a cycle only where a clause starts with them: "dự toán ngân sách hằng năm" is a kind of budget. */
const CYCLE_CUE = /^(?:dinh ky|hang )/;
const CLAUSE_START = /(?:^|[,;:.(]\s*|\b(?:va|bao cao|thuc hien|to chuc)\s+)$/;
const DATED_KINDS = new Set<Deadline['kind']>(['date', 'month', 'quarter', 'year']);

/**
 * Finds a deadline inside prose such as a duty of the "Tổ chức thực hiện"
 * section. A date wins over a cycle named earlier: "báo cáo định kỳ ...
 * Thời gian hoàn thành chậm nhất là ngày 15/01/2026" is due on that day.
 */
export function findDeadline(text: string, planYear: number | null = null): Deadline | null {
  const s = searchForm(text);
  let first: Deadline | null = null;
  for (const cue of s.matchAll(DEADLINE_CUE)) {
    if (CYCLE_CUE.test(cue[0]) && !CLAUSE_START.test(s.slice(Math.max(0, cue.index! - 20), cue.index!))) continue;
    const clause = text.slice(cue.index).split(/[;.,:](?:\s|$)/)[0];
    const found = read(clause, planYear, false);
    if (!found) continue;
    // Show the deadline words, not the rest of the duty.
    const shown = { ...found, text: tidy(clause).split(' ').slice(0, 8).join(' ') };
    if (DATED_KINDS.has(found.kind)) return shown;
    first ??= shown;
  }
  return first;
}

/**
 * A relative deadline once the person has set the day of its event: due
 * `after` that day (working days skip weekends). Without a day it is
 * unresolved again.
 */
export function withEventDate(deadline: Deadline, eventDate: string | null): Deadline {
  const { from: _from, to: _to, ...rest } = deadline;
  if (!eventDate) return rest;
  const after = deadline.after;
  if (!after) return { ...rest, from: eventDate };
  const [y, m, d] = eventDate.split('-').map(Number);
  let to: string;
  if (after.unit === 'day') to = addDays(eventDate, after.count);
  else if (after.unit === 'working_day') to = addWorkingDays(eventDate, after.count);
  else {
    const index = y * 12 + (m - 1) + after.count * (after.unit === 'year' ? 12 : 1);
    const [ty, tm] = [Math.floor(index / 12), (index % 12) + 1];
    to = iso(ty, tm, Math.min(d, lastDay(ty, tm)));
  }
  return { ...rest, from: eventDate, to };
}
