import type { DocumentInfo, DocumentKind } from '../schema/plan';
import { docNumbersIn } from './docnumber';
import type { PlanDocument } from './document';

/*
 * What a document is, from what every administrative document shows at its
 * top: the type word of its number ("329/BC-UBND" is a báo cáo, "9669/KH-UBND"
 * a kế hoạch, "123/UBND-NC" a công văn, which carries no type) and the title
 * word above its subject ("BÁO CÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH"; OCR reads Đ as
 * P). A quyết định that issues a plan carries the plan after it: that plan is
 * what is read. A report's results are not targets, and a công văn points to
 * a plan rather than being one.
 */

/** Type words of document numbers ("BC" of 329/BC-UBND) and the kind each one names. */
const NUMBER_TYPES: Readonly<Record<string, DocumentKind>> = {
  kh: 'ke_hoach',
  ctr: 'ke_hoach',
  qd: 'quyet_dinh',
  qp: 'quyet_dinh',
  bc: 'bao_cao',
  ttr: 'to_trinh',
  tb: 'thong_bao',
};
/** Type words that name other kinds of document (chỉ thị, nghị quyết, hướng dẫn, ...): not a công văn either. */
const OTHER_TYPES = new Set(['ct', 'nq', 'hd', 'kl', 'cd', 'gm', 'bb', 'tt', 'nd', 'l', 'pa', 'da', 'qc', 'qy', 'ttg', 'cv']);

/** The title word, alone on its line: "KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH:" (OCR: "QUYET PINH"). */
const TITLE_WORDS: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/^(?:ke hoach|chuong trinh(?: hanh dong)?)$/, 'ke_hoach'],
  [/^quyet [dpb]inh$/, 'quyet_dinh'],
  [/^bao cao$/, 'bao_cao'],
  [/^to trinh$/, 'to_trinh'],
  [/^thong bao$/, 'thong_bao'],
];
/** "Số: 329 /BC-UBND", "Số: /KH-UBND", "S6: 132/QP-UBND": the type word after the slash. */
const NUMBER_TYPE = /\bs[o6e]\s*[:;.]\s*\d{0,5}\s*\/\s*(?:\d{4}\s*\/\s*)?([a-z]{1,5})\s*-\s*[a-z]/;
/** "V/v triển khai ...": the subject line of a công văn. */
const SUBJECT_LINE = /^\s*v\s*\/\s*v\b/;
/** How far down the top block (number, title, subject) can reach. */
const TOP_LINES = 40;

function titleKind(s: string): DocumentKind | null {
  const t = s.trim().replace(/[:.]$/, '').trim();
  return TITLE_WORDS.find(([pattern]) => pattern.test(t))?.[1] ?? null;
}

/** The kind the top of the document names: its title word first, else its number's type, else a subject line. */
function kindAtTop(doc: PlanDocument): DocumentKind | null {
  const top = doc.lines.slice(0, Math.min(doc.lines.length, TOP_LINES));
  for (const line of top) {
    const kind = titleKind(line.s);
    if (kind) return kind;
  }
  for (const line of top) {
    const type = line.s.match(NUMBER_TYPE)?.[1];
    if (!type) continue;
    if (NUMBER_TYPES[type]) return NUMBER_TYPES[type];
    // "123/UBND-NC": the issuer where the type would be.
    return OTHER_TYPES.has(type) ? 'khac' : 'cong_van';
  }
  return top.some((l) => SUBJECT_LINE.test(l.s)) ? 'cong_van' : null;
}

/** A plan issued by a decision is attached to it, under its own title "KẾ HOẠCH". */
function attachesPlan(doc: PlanDocument): boolean {
  return doc.lines.some((l, i) => i > 0 && titleKind(l.s) === 'ke_hoach');
}

/**
 * What kind of document the text is, and the plans it points to. A text
 * with no sign of its kind is taken for a plan, as before.
 */
export function documentKind(doc: PlanDocument): DocumentInfo {
  const kind = kindAtTop(doc) ?? 'ke_hoach';
  if (kind === 'ke_hoach' || kind === 'quyet_dinh') return { kind, refersTo: [] };
  // A công văn "V/v triển khai Kế hoạch số ..." names the plan it forwards near its top.
  const opening = doc.lines.slice(0, Math.min(doc.lines.length, TOP_LINES)).map((l) => l.text).join('\n');
  return { kind, refersTo: docNumbersIn(opening).filter((n) => /\/KH-/i.test(n)) };
}

/** True for the kinds whose targets and tasks are the person's to keep: a plan, or a decision issuing one. */
export function isPlanDocument(info: DocumentInfo, doc: PlanDocument): boolean {
  return info.kind === 'ke_hoach' || (info.kind === 'quyet_dinh' && attachesPlan(doc));
}
