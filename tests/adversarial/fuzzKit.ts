import { indicatorOf, type Indicator, type Population } from '../../lib/indicators';
import { observationsFromReport } from '../../lib/db/observations';
import { type Dossier, type Feedback, PageReport, type Procedure } from '../../lib/schema/facts';
import { Observation } from '../../lib/schema/records';
import { checkPage } from '../../lib/checks/page';
import { targetsInForce } from '../../lib/indicators/targets';
import { TODAY, parseHtml, renderFixture, type FixtureEntry } from '../pages/load';

/*
 * The fuzzing kit shared by fuzz.test.ts and fuzzHuge.test.ts: a seeded
 * random source, mutations of a live page that each return their undo, and
 * the soundness rules every report must keep.
 */
/** mulberry32: small, fast, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const hash = (...parts: (string | number)[]): number => {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
};

// Text a portal, an extension of the browser, or an attacker could put in a cell. No personal data:
// whatever personal data shows up in a report must have come from the page itself.
export const GARBAGE = [
  '',
  ' ',
  'Đã trả kết quả',
  'Đang xử lý',
  'Dừng xử lý',
  'Quá hạn 3 ngày',
  'Còn 2 ngày',
  'Trễ hạn',
  'Đúng hạn',
  'Đã cấp',
  'Chưa cấp',
  'Có',
  'Không',
  '✓',
  '✗',
  'Rất hài lòng',
  'Không hài lòng',
  'Trực tuyến',
  'Mức độ 4',
  'Dịch vụ công trực tuyến một phần',
  'Mã hồ sơ:',
  'Trạng thái',
  'Ngày hẹn trả: 31/02/2026',
  'Hạn xử lý',
  'Mã thủ tục: 1.000253',
  'Số ký hiệu: 12/KH-UBND',
  '29/02/2026',
  '00/00/0000',
  '32/13/2026',
  '01/01/0001',
  '31/12/9999 23:59',
  '15/05/2026 08:00',
  '000.31.20.H33-260504-0001',
  'H33-999999-99999',
  '1.000253.H33',
  '9'.repeat(400),
  `${'9'.repeat(400)} ngày`,
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  'list',
  'procedure',
  '__proto__',
  'constructor',
  'Tiếng Việt tổ hợp: Tiếng Việt',
  'ắằẳẵặ ỡờớởợ ĐđƠơƯư',
  '✅ 👍🏽 🇻🇳 👨‍👩‍👧',
  'مرحبا بالعالم',
  '\u202Eesrever\u202C עברית',
  '\u200B\uFEFF\u00AD',
  '\u0000\u0007',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '</td></tr><tr><td>',
  '&lt;b&gt;&amp;',
  'A'.repeat(10_000),
  'Mã hồ sơ: '.repeat(200),
];

const CELLS = 'td,th,[role="gridcell"],[role="cell"],[role="columnheader"],[role="rowheader"],dt,dd,li,label,strong,b,span,p,h1,h2,h3,a';
const ROWS = 'tr,[role="row"],li,.info-row,.row,dl>*';
const ROLES = ['grid', 'table', 'row', 'columnheader', 'gridcell', 'cell', 'rowheader', 'term', 'presentation'];

/** Puts back what a mutation changed. */
export type Undo = () => void;

/** One kind of damage a page can suffer; null when there was nothing to apply it to. */
export interface Mutator {
  name: string;
  apply(doc: Document, pick: Picker): Undo | null;
}

/** The random choices a mutation makes. */
export interface Picker {
  int(n: number): number;
  one<T>(list: readonly T[]): T;
  cell(): Element | null;
  row(): Element | null;
  element(): Element | null;
}

function replaceText(el: Element, text: string): Undo {
  const saved = Array.from(el.childNodes);
  el.textContent = text;
  return () => el.replaceChildren(...saved);
}

function swap(a: Element, b: Element): Undo | null {
  if (a === b || a.contains(b) || b.contains(a)) return null;
  const doSwap = () => {
    const doc = a.ownerDocument;
    const ma = doc.createComment('');
    const mb = doc.createComment('');
    a.replaceWith(ma);
    b.replaceWith(mb);
    ma.replaceWith(b);
    mb.replaceWith(a);
  };
  doSwap();
  return doSwap;
}

function remove(el: Element): Undo | null {
  const parent = el.parentNode;
  if (!parent) return null;
  const next = el.nextSibling;
  el.remove();
  return () => parent.insertBefore(el, next);
}

export function duplicate(el: Element, copies: number): Undo {
  const clones = Array.from({ length: copies }, () => el.cloneNode(true) as Element);
  el.after(...clones);
  return () => {
    for (const c of clones) c.remove();
  };
}

function wrapChildren(el: Element, wrapper: Element, innermost: Element): Undo {
  const saved = Array.from(el.childNodes);
  innermost.append(...saved);
  el.replaceChildren(wrapper);
  return () => el.replaceChildren(...saved);
}

function setAttributes(el: Element, attrs: Record<string, string> | null): Undo {
  const saved = Array.from(el.attributes, (a) => [a.name, a.value] as const);
  for (const [name] of saved) el.removeAttribute(name);
  for (const [name, value] of Object.entries(attrs ?? {})) el.setAttribute(name, value);
  return () => {
    for (const name of el.getAttributeNames()) el.removeAttribute(name);
    for (const [name, value] of saved) el.setAttribute(name, value);
  };
}

export const MUTATORS: Mutator[] = [
  { name: 'drop cell', apply: (_d, p) => ((c) => c && remove(c))(p.cell()) },
  { name: 'drop row', apply: (_d, p) => ((r) => r && remove(r))(p.row()) },
  { name: 'empty cell', apply: (_d, p) => ((c) => c && replaceText(c, ''))(p.cell()) },
  { name: 'garbage text', apply: (_d, p) => ((c) => c && replaceText(c, p.one(GARBAGE)))(p.cell()) },
  { name: 'garbage anywhere', apply: (_d, p) => ((c) => c && replaceText(c, p.one(GARBAGE)))(p.element()) },
  {
    name: 'swap cells',
    apply: (_d, p) => {
      const a = p.cell();
      const b = p.cell();
      return a && b ? swap(a, b) : null;
    },
  },
  {
    name: 'swap neighbours',
    apply: (_d, p) => {
      const a = p.cell();
      const b = a?.nextElementSibling ?? a?.previousElementSibling;
      return a && b ? swap(a, b) : null;
    },
  },
  { name: 'duplicate cell', apply: (_d, p) => ((c) => c && duplicate(c, 1 + p.int(3)))(p.cell()) },
  { name: 'duplicate row', apply: (_d, p) => ((r) => r && duplicate(r, 1 + p.int(3)))(p.row()) },
  {
    name: 'nest cell in wrappers',
    apply: (d, p) => {
      const c = p.cell();
      if (!c) return null;
      const outer = d.createElement('div');
      const mid = d.createElement('span');
      const inner = d.createElement(p.one(['b', 'em', 'a', 'small']));
      outer.append(mid);
      mid.append(inner);
      return wrapChildren(c, outer, inner);
    },
  },
  {
    name: 'nest a table in a cell',
    apply: (d, p) => {
      const c = p.cell();
      if (!c) return null;
      const table = d.createElement('table');
      const head = table.createTHead().insertRow();
      for (const label of ['Mã hồ sơ', 'Trạng thái', 'Hạn xử lý']) head.append(Object.assign(d.createElement('th'), { textContent: label }));
      const body = table.createTBody().insertRow();
      const td = body.insertCell();
      body.insertCell().textContent = p.one(GARBAGE);
      return wrapChildren(c, table, td);
    },
  },
  { name: 'strip attributes', apply: (_d, p) => ((e) => e && setAttributes(e, null))(p.element()) },
  { name: 'random role', apply: (_d, p) => ((e) => e && setAttributes(e, { role: p.one(ROLES) }))(p.element()) },
  { name: 'icon-only cell', apply: (_d, p) => ((c) => c && setAttributes(c, { title: p.one(GARBAGE), 'aria-label': p.one(GARBAGE) }))(p.cell()) },
  { name: 'drop table head', apply: (d) => ((h) => h && remove(h))(d.querySelector('thead,[role="row"]')) },
  { name: 'drop title', apply: (d) => ((t) => t && remove(t))(d.querySelector('title,h1')) },
];

/**
 * What each check reads to say "pass": a pass must rest on a field the page
 * actually showed. One entry per check in lib/checks; an unknown check fails
 * the test, so a new check has to state its rule here.
 */
type Subject = { dossier?: Dossier; feedback?: Feedback; procedure?: Procedure };
const PASS_RESTS_ON: Record<string, (s: Subject) => boolean> = {
  'procedure.e_result_rate': ({ dossier: d }) => !!d && d.resolved && d.eResult === true,
  'procedure.data_reuse_rate': ({ dossier: d }) => d?.dataReuse === true,
  'procedure.digitization_rate': ({ dossier: d }) => d?.digitized === true,
  'procedure.on_time_rate': ({ dossier: d }) => !!d && (d.dueAt !== null || d.onTime !== null),
  'procedure.full_online_procedure_rate': ({ procedure: p }) => p?.onlineLevel === 'full',
  procedureEResult: ({ procedure: p }) => p?.eResult === true,
  'procedure.feedback_on_time_rate': ({ feedback: f }) => !!f && (f.dueAt !== null || f.onTime !== null || f.receivedAt !== null),
};

/** For each list rate, the items its indicator can count: a rate over none of them must not pass or fail. */
function rateCount(check: string, r: PageReport): number | null {
  const indicator = indicatorOf(check) as Indicator<string, Population> | undefined;
  if (!indicator) return null;
  const items: readonly unknown[] = indicator.population === 'dossier' ? (r.dossiers ?? []) : indicator.population === 'feedback' ? (r.feedback ?? []) : [];
  return items.filter((item) => {
    const v = indicator.verdict(item as never, { today: TODAY });
    return v === 'hit' || v === 'miss';
  }).length;
}

/** Every way one report can be wrong; empty when it is sound. */
export function problemsOf(report: PageReport, contacts: readonly string[]): string[] {
  const problems: string[] = [];
  const parsed = PageReport.safeParse(report);
  if (!parsed.success) problems.push(`report does not validate: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);

  const dossiers = new Map((report.dossiers ?? []).map((d) => [d.code, d]));
  const feedback = new Map((report.feedback ?? []).map((f) => [f.code, f]));
  const ids = new Set<string>();
  for (const f of report.findings) {
    if (ids.has(f.id)) problems.push(`two findings share the id ${f.id}`);
    ids.add(f.id);
    if (f.subject === 'list') {
      const counted = rateCount(f.check, report);
      if (counted === null) problems.push(`no indicator for the list check ${f.check}`);
      else if (f.status !== 'na' && counted === 0) problems.push(`${f.check} is ${f.status} over 0 items: ${JSON.stringify(f.message)}`);
      if (f.measured !== undefined && !(f.measured >= 0 && f.measured <= 100)) problems.push(`${f.check} measured ${f.measured}`);
      continue;
    }
    const rule = PASS_RESTS_ON[f.check];
    if (!rule) {
      problems.push(`no pass rule for the check ${f.check}`);
      continue;
    }
    const subject: Subject = {
      dossier: dossiers.get(f.subject),
      feedback: feedback.get(f.subject),
      procedure: report.procedure && (report.procedure.code ?? 'procedure') === f.subject ? report.procedure : undefined,
    };
    if (!subject.dossier && !subject.feedback && !subject.procedure) problems.push(`${f.id} is about nothing the report holds`);
    else if (f.status === 'pass' && !rule(subject)) problems.push(`${f.id} passes on a field the page did not show: ${JSON.stringify(subject)}`);
  }

  const observations = observationsFromReport(report, { host: 'motcua.langson.gov.vn', unit: 'UBND xã Hoàng Văn Thụ', now: 1, today: TODAY });
  for (const o of observations) {
    const check = Observation.safeParse(o);
    if (!check.success) problems.push(`observation ${o.id} does not validate: ${JSON.stringify(check.error.issues.slice(0, 3))}`);
  }

  for (const [path, text] of strings(report)) {
    const leaked = contacts.filter((c) => text.includes(c));
    if (leaked.length) problems.push(`personal data at ${path}: ${JSON.stringify(text.slice(0, 200))}`);
  }
  return problems;
}

/** Every string in a value with its path, to say where personal data ended up. */
function* strings(value: unknown, path = 'report'): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

/** A fixture page parsed once, with the elements the mutations pick from. */
export interface Base {
  file: string;
  url: URL;
  doc: Document;
  pristine: string;
  cells: Element[];
  rows: Element[];
  elements: Element[];
}

export async function loadBase(entry: FixtureEntry): Promise<Base> {
  // Rendered once so the SPA list has its rows, then re-parsed so no page script runs during the fuzzing.
  const { doc: rendered, window } = await renderFixture(entry.file, entry.url);
  const html = `<!DOCTYPE html>${rendered.documentElement.outerHTML}`;
  await window.happyDOM.close();
  const doc = parseHtml(html, entry.url);
  return {
    file: entry.file,
    url: new URL(entry.url),
    doc,
    pristine: doc.documentElement.outerHTML,
    cells: Array.from(doc.body.querySelectorAll(CELLS)),
    rows: Array.from(doc.body.querySelectorAll(ROWS)),
    elements: Array.from(doc.body.querySelectorAll('*')),
  };
}

/** The random choices of one variant, always among elements still on the page. */
export function picker(base: Base, random: () => number): Picker {
  const live = (list: Element[]) => {
    for (let tries = 0; tries < 8; tries++) {
      const el = list[Math.floor(random() * list.length)];
      if (el?.isConnected) return el;
    }
    return null;
  };
  return {
    int: (n) => Math.floor(random() * n),
    one: (list) => list[Math.floor(random() * list.length)],
    cell: () => live(base.cells),
    row: () => live(base.rows),
    element: () => live(base.elements),
  };
}

/** One to four random mutations; their undos, last first, put the page back. */
export function mutate(doc: Document, pick: Picker): { undo: Undo; log: string[]; changed: boolean } {
  const log: string[] = [];
  const undos: Undo[] = [];
  const count = 1 + pick.int(4);
  for (let m = 0; m < count; m++) {
    const mutator = pick.one(MUTATORS);
    const undo = mutator.apply(doc, pick);
    if (undo) undos.push(undo);
    log.push(mutator.name + (undo ? '' : ' (nothing to do)'));
  }
  return {
    undo: () => {
      for (const u of undos.reverse()) u();
    },
    log,
    changed: undos.length > 0,
  };
}

/** checkPage on the page as it stands, and what is wrong with its report ("threw …" included). */
export function observeProblems(base: Base, contacts: readonly string[]): { problems: string[]; report: PageReport | null } {
  try {
    const report = checkPage(base.doc, base.url, targetsInForce([]), TODAY).report;
    return { problems: problemsOf(report, contacts), report };
  } catch (error) {
    return { problems: [`threw ${error instanceof Error ? error.stack : String(error)}`], report: null };
  }
}
