import type { PlanHeader, PlanLevel } from '../schema/plan';
import { docNumbersIn, normaliseDocNumber } from './docnumber';
import type { PlanDocument } from './document';
import { searchForm, tidy } from './normalise';

/*
 * The header: "Số: 49/KH-UBND", the place-and-date line ("Tam Thanh, ngày 10
 * tháng 02 năm 2026"), the title under "KẾ HOẠCH", and the preamble citing
 * the documents the plan implements ("Thực hiện ...", "Căn cứ ...").
 */

/** The "Số:" label, with or without a number: "Số: /KH-UBND" is a plan not yet numbered. */
const NUMBER_LABEL = /^\s*.{0,3}?[sS$][ốoO6eé]\s*[:;.]/;
/** The preamble that cites other documents ("Thực hiện Nghị quyết số 76/NQ-CP ..."): the header ends before it. */
const PREAMBLE = /^\s*(?:thuc hien|can c)/;
const NUMBER_LINE = /^\s*.{0,3}?[sS$][ốoO6eé]\s*[:;.]?\s*(\d{1,4}\s*\/\s*[A-Za-zĐđ]{1,6}(?:\s*-\s*[A-Za-zĐđ][A-Za-zĐđ0-9]{0,9}){1,2})/;
/** The number slot of the label line, filled or left blank in a draft ("Số:      /KH-UBND"). */
const NUMBER_SLOT = /^\s*.{0,3}?[sS$][ốoO6eé]\s*[:;.]?\s*(?:\d{1,4})?\s*\/\s*[A-Za-zĐđ0-9]+(?:\s*-\s*[A-Za-zĐđ0-9]+){0,2}/;
const PLACE_DATE = /([\p{L} .'-]{2,40}?),\s*ng[aà]y\s+(\S{0,6})\s*th[aá]ng\s+(\S{0,3})\s*n[aăi]m\s+(\d{4})/u;
const TITLE_START = /^\s*(?:ke hoach|quyet dinh|chuong trinh)\s*:?\s*$/;
const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, PlanLevel, string]> = [
  [/\b(?:tinh|thanh pho)\b/, 'tinh', 'tỉnh'],
  [/\bph\w{1,3}ng\b/, 'phuong', 'phường'],
  [/\bxa\b/, 'xa', 'xã'],
];
const AGENCY = /^\s*(so|ban|cuc|chi cuc|van phong|thanh tra|kho bac|bao hiem|cong an|truong|benh vien|trung tam|vien)\b/;
const PERIODS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => string]> = [
  [/\b6 thang (d\wu|c\w{1,2}i) n\w{1,2}m (\d{4})/, (m) => `6 tháng ${m[1].startsWith('d') ? 'đầu' : 'cuối'} năm ${m[2]}`],
  [/\bquy ([ivx]{1,3}) n\w{1,2}m (\d{4})/, (m) => `quý ${m[1].toUpperCase()} năm ${m[2]}`],
  [/\bgiai doan (\d{4})\s*-\s*(\d{4})/, (m) => `giai đoạn ${m[1]}-${m[2]}`],
  [/\bn\w{1,2}m (\d{4})/, (m) => `năm ${m[1]}`],
];

/** The level word that comes first: "xã Thụy Hùng ... tỉnh Lạng Sơn" is a commune plan. */
function levelOf(s: string): PlanLevel | null {
  let best: { at: number; level: PlanLevel } | null = null;
  for (const [pattern, level] of LEVEL_WORDS) {
    const at = s.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { at, level };
  }
  return best?.level ?? null;
}

function levelWord(level: PlanLevel): string {
  return LEVEL_WORDS.find(([, l]) => l === level)?.[2] ?? '';
}

function dateFromParts(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  if (!Number.isInteger(d) || !Number.isInteger(m) || d < 1 || d > 31 || m < 1 || m > 12) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The lines of the title: after "KẾ HOẠCH" up to the first blank or preamble line. */
function titleOf(doc: PlanDocument, before: number): string | null {
  let best: string | null = null;
  for (let i = 0; i < before; i++) {
    if (!TITLE_START.test(doc.lines[i].s)) continue;
    const parts: string[] = [];
    for (let j = i + 1; j < before && parts.length < 3; j++) {
      const s = doc.lines[j].s.trim();
      if (s === '' && parts.length === 0) continue;
      if (s === '' || /^(?:thuc hien|can c|\(k)/.test(s)) break;
      parts.push(doc.lines[j].text.trim());
    }
    if (parts.length) best = tidy(parts.join(' '));
  }
  return best;
}

/** The issuing body named in the top-left block of the page, before the national motto. */
function issuerLine(doc: PlanDocument, numberLine: number): string | null {
  const block: string[] = [];
  for (let i = 0; i < Math.max(numberLine, 0); i++) {
    const cut = doc.lines[i].s.search(/\b(?:cong hoa|doc l\w{2}\b)/);
    const text = (cut < 0 ? doc.lines[i].text : doc.lines[i].text.slice(0, cut)).trim();
    if (text && /\p{L}{2}/u.test(text)) block.push(text);
  }
  return block.length ? tidy(block[block.length - 1]) : null;
}

/** "UBND xã Thụy Hùng ban hành Kế hoạch ...": the preamble names the issuer when the header does not. */
function preambleIssuer(doc: PlanDocument): string | null {
  const preamble = tidy(doc.lines.slice(0, doc.bodyStart).map((l) => l.text).join(' '));
  const m = preamble.match(/\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (xã|phường|tỉnh|thành phố) ((?:\p{Lu}\p{Ll}*\s?){1,4}?) ban hành\b/u);
  return m ? `UBND ${m[1]} ${m[2].trim()}` : null;
}

/** Title-cases an all-capitals name: "PHƯỜNG TAM THANH" → "Phường Tam Thanh". */
function properCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, ch: string) => sp + ch.toUpperCase());
}

/** Documents cited as the basis of the plan, and those a plan replaces. */
function citations(doc: PlanDocument, own: string | null) {
  const replaces = new Set<string>();
  const replacedElsewhere = new Set<string>();
  for (const m of doc.text.matchAll(/thay th[eế]\s+(?:[^.;()]{0,40}?\bs[ốo]\s+)?([^.;()]{0,40})/giu)) {
    const numbers = docNumbersIn(m[1]).slice(0, 1);
    // "(thay thế Kế hoạch số 29/KH-UBND)" describes another plan, not this one.
    const open = doc.text.lastIndexOf('(', m.index);
    const inside = open >= 0 && doc.text.indexOf(')', open) > m.index;
    for (const n of numbers) (inside ? replacedElsewhere : replaces).add(n);
  }
  const preamble = doc.lines
    .slice(0, doc.bodyStart)
    .map((l) => l.text)
    .join('\n')
    .split(/;|\.\s|\n\s*\n/)
    .filter((sentence) => !/theo de ngh|to trinh/.test(searchForm(sentence)))
    .join(';');
  const implementsList = docNumbersIn(preamble).filter((n) => n !== own && !replaces.has(n) && !replacedElsewhere.has(n));
  return { implements: implementsList, replaces: [...replaces] };
}

/** Reads the header of a plan. */
export function readHeader(doc: PlanDocument): PlanHeader {
  const top = doc.lines.slice(0, Math.max(doc.bodyStart, Math.min(doc.lines.length, 15)));
  // The plan's own number sits above its title and preamble; below them "số 76/NQ-CP" starting a
  // wrapped line is a cited document.
  const headEnd = top.findIndex((l) => TITLE_START.test(l.s) || PREAMBLE.test(l.s));
  const head = headEnd < 0 ? top : top.slice(0, headEnd);
  const labelIdx = head.findIndex((l) => NUMBER_LINE.test(l.text) || NUMBER_LABEL.test(l.text));
  const numberIdx = labelIdx >= 0 && NUMBER_LINE.test(head[labelIdx].text) ? labelIdx : -1;
  const number = numberIdx >= 0 ? normaliseDocNumber(top[numberIdx].text.match(NUMBER_LINE)![1]) : null;
  // On the number line the place follows the number: "Số: 49/KH-UBND   Tam Thanh, ngày ...", or
  // the blank slot of a draft: "Số:      /KH-UBND   Lâm Đồng, ngày ...".
  const dateLine =
    top
      .map((l, i) => (i === labelIdx ? l.text.replace(NUMBER_SLOT, '') : l.text).match(PLACE_DATE))
      .find(Boolean) ?? null;
  const place = dateLine ? tidy(dateLine[1].replace(/^.*\d\S*\s+/, '')) : null;
  const date = dateLine ? dateFromParts(dateLine[2], dateLine[3], dateLine[4]) : null;
  const title = titleOf(doc, Math.max(doc.bodyStart, 1));
  const titleS = title ? searchForm(title) : '';
  const period = PERIODS.map(([p, show]) => {
    const m = titleS.match(p);
    return m ? show(m) : null;
  }).find(Boolean) ?? null;
  const yearMatch = (period ?? '').match(/\d{4}/) ?? (dateLine ? [dateLine[4]] : null);
  const year = yearMatch ? Number(yearMatch[0]) : null;

  const topBlock = issuerLine(doc, labelIdx);
  const topS = topBlock ? searchForm(topBlock) : '';
  const byUbnd = !number || /UBND$/.test(number) || /\b(?:ubnd|uy ban)\b/.test(topS);
  let level: PlanLevel | null;
  let issuer: string | null;
  if (topBlock && AGENCY.test(topS)) {
    issuer = properCase(topBlock);
    level = /^\s*so\b/.test(topS) || /^\s*ban\b/.test(topS) ? 'so_nganh' : 'co_quan';
  } else {
    level = levelOf(topS) ?? levelOf(titleS) ?? levelOf(searchForm(doc.lines.slice(0, doc.bodyStart).map((l) => l.text).join(' ')));
    // A top block that names no level ("ỦY BAN NHÂN DÂN" alone) says less than the preamble's "UBND xã X ban hành".
    const named = topBlock && levelOf(topS) ? properCase(topBlock) : null;
    issuer = byUbnd && level && place ? `UBND ${levelWord(level)} ${place}` : (named ?? preambleIssuer(doc) ?? (topBlock && properCase(topBlock)));
  }
  const { implements: implementsList, replaces } = citations(doc, number);
  return { number, issuer, level, date, year, period, title, implements: implementsList, replaces };
}
