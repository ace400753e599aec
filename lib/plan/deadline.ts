import type { Deadline } from '../schema/plan';
import { searchForm, tidy } from './normalise';

/*
 * Deadlines come as a cell of an appendix table ("Quý III-IV/2025"), a field
 * line ("Thời gian thực hiện: Trước ngày 28/02/2026") or a phrase inside a
 * duty ("... xong trước ngày 28/02/2026"). `parseDeadline` reads a text that
 * is a deadline; `findDeadline` looks for one inside prose and ignores bare
 * years, which in prose name a period rather than a due date.
 */

type Every = NonNullable<Deadline['every']>;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const ON_REQUEST = /\b(?:khi co yeu cau|theo yeu cau|khi duoc yeu cau|dot xuat)\b/;
const RELATIVE = /\b(?:(?:cham nhat|trong (?:vong|thoi han)?)\s*(?:sau\s*)?\d+\s*ngay(?: lam viec)?\s*(?:ke tu|sau khi)|ke tu ngay .{0,80}(?:ban hanh|co hieu luc))/;
const DATE = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/;
const MONTH_RANGE = /thang (\d{1,2})\s*(?:-|den(?: thang)?)\s*(?:thang\s*)?(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/;
const MONTH = /thang (\d{1,2})\s*(?:\/|nam)\s*(\d{4})/;
const QUARTER = /\bquy\s+([ivxlh1|]+)\b(?:\s*[-–,]\s*(?:quy\s+)?([ivxlh1|]+)\b)?\s*(?:\/+|nam\s*)?\s*(\d{4})?/;
const HALF = /\b6 thang (dau|cuoi) nam\s*(\d{4})?/;
const YEAR = /\bnam\s*(\d{4})\b/;
const CONTINUOUS = /\b(?:thuong xuyen|lien tuc|hang ngay)\b/;
const PERIODIC: ReadonlyArray<readonly [RegExp, Every]> = [
  [/\b(?:hang|moi|dinh ky) tuan\b/, 'week'],
  [/\b(?:hang|moi|dinh ky(?: hang)?|bao cao) thang\b/, 'month'],
  [/\b(?:hang|moi|dinh ky(?: hang)?|bao cao) quy\b/, 'quarter'],
  [/\b(?:dinh ky |bao cao )?6 thang\b(?! (?:dau|cuoi))/, 'half_year'],
  [/\b(?:hang|moi|dinh ky(?: hang)?|bao cao) nam\b(?!\s*\d)/, 'year'],
];

/** Reads an OCR'd roman numeral: "111" or "H1" is III, "1Vv" is IV. */
export function romanQuarter(raw: string): number | null {
  const r = raw.toUpperCase().replace(/[1L|]/g, 'I').replace(/H/g, 'II').replace(/V+$/, 'V');
  return ({ I: 1, II: 2, III: 3, IV: 4 } as Record<string, number>)[r] ?? null;
}

function quarterDeadline(m: RegExpMatchArray, text: string, planYear: number | null): Deadline | null {
  const first = romanQuarter(m[1]);
  const last = m[2] ? romanQuarter(m[2]) : first;
  if (!first || !last || last < first) return null;
  const year = m[3] ? Number(m[3]) : planYear;
  if (!year) return { kind: 'quarter', text };
  return { kind: 'quarter', text, from: iso(year, first * 3 - 2, 1), to: iso(year, last * 3, lastDay(year, last * 3)) };
}

function dateDeadline(m: RegExpMatchArray, text: string): Deadline | null {
  const d = Number(m[1] ?? m[4]);
  const mo = Number(m[2] ?? m[5]);
  const y = Number(m[3] ?? m[6]);
  if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return null;
  return { kind: 'date', text, to: iso(y, mo, d) };
}

function read(text: string, planYear: number | null, allowBareYear: boolean): Deadline | null {
  const shown = tidy(text);
  const s = searchForm(shown);
  if (ON_REQUEST.test(s)) return { kind: 'on_request', text: shown };
  if (RELATIVE.test(s)) return { kind: 'relative', text: shown };
  const date = s.match(DATE);
  if (date) return dateDeadline(date, shown);
  const range = s.match(MONTH_RANGE);
  if (range) {
    const [a, b, y] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (a >= 1 && b <= 12 && a <= b) return { kind: 'month', text: shown, from: iso(y, a, 1), to: iso(y, b, lastDay(y, b)) };
  }
  const month = s.match(MONTH);
  if (month) {
    const [mo, y] = [Number(month[1]), Number(month[2])];
    if (mo >= 1 && mo <= 12) return { kind: 'month', text: shown, from: iso(y, mo, 1), to: iso(y, mo, lastDay(y, mo)) };
  }
  const quarter = s.match(QUARTER);
  if (quarter) {
    const q = quarterDeadline(quarter, shown, planYear);
    if (q) return q;
  }
  const half = s.match(HALF);
  if (half) {
    const year = half[2] ? Number(half[2]) : planYear;
    const [a, b] = half[1] === 'dau' ? [1, 6] : [7, 12];
    return year ? { kind: 'quarter', text: shown, from: iso(year, a, 1), to: iso(year, b, lastDay(year, b)) } : { kind: 'quarter', text: shown };
  }
  if (CONTINUOUS.test(s)) return { kind: 'recurring', text: shown, every: /hang ngay/.test(s) ? 'day' : 'continuous' };
  for (const [pattern, every] of PERIODIC) if (pattern.test(s)) return { kind: 'recurring', text: shown, every };
  const year = allowBareYear ? s.match(YEAR) : null;
  if (year) {
    const y = Number(year[1]);
    return { kind: 'year', text: shown, from: iso(y, 1, 1), to: iso(y, 12, 31) };
  }
  return null;
}

/** Reads a deadline cell or field ("Quý III-IV/2025", "Thường xuyên", "Năm 2026"). */
export function parseDeadline(text: string, planYear: number | null = null): Deadline | null {
  return read(text, planYear, true);
}

/** Cues that a phrase inside a duty is a due date, not a mention of a period. */
const DEADLINE_CUE = /\b(?:tru\w{0,2}c ngay|xong tru\w{0,2}c|hoan thanh (?:truoc|trong)|cham nhat|thuong xuyen|dinh ky|hang (?:thang|quy|nam|tuan)|khi co yeu cau|trong (?:thang|quy) [0-9ivx])/;

/** Finds a deadline inside prose such as a duty of the "Tổ chức thực hiện" section. */
export function findDeadline(text: string, planYear: number | null = null): Deadline | null {
  const s = searchForm(text);
  const cue = DEADLINE_CUE.exec(s);
  if (!cue) return null;
  const clause = text.slice(cue.index).split(/[;.,:](?:\s|$)/)[0];
  const found = read(clause, planYear, false);
  // Show the deadline words, not the rest of the duty.
  return found && { ...found, text: tidy(clause).split(' ').slice(0, 8).join(' ') };
}
