import type { Area } from '../schema/plan';
import { foldOcr } from './normalise';

/*
 * The plans' six CCHC areas plus "chỉ đạo, điều hành", recognised in the
 * search form of a heading. Patterns tolerate OCR ("Cdi cdch té chivc by mdy").
 */
const AREA_HEADINGS: ReadonlyArray<readonly [RegExp, Area]> = [
  [/\bthe ch[eu]\b/, 'institution'],
  [/\bthu t\w{0,2}c hanh chinh\b|\btthc\b/, 'procedure'],
  [/\bb[oyq] m[ad]?y\b/, 'organization'],
  [/\bche d\w{0,2} cong v[uy]\b/, 'civil_service'],
  [/\btai chinh cong\b/, 'public_finance'],
  [/\bchinh (?:quyen|phu) (?:dien tu|so)\b|\bchuyen doi so\b/, 'digital_government'],
  [/\bchi dao,? dieu hanh\b/, 'direction'],
];

/** The area a heading announces, or null when it names none. */
export function areaOfHeading(searchFormOfHeading: string): Area | null {
  for (const [pattern, area] of AREA_HEADINGS) if (pattern.test(searchFormOfHeading)) return area;
  return null;
}

/*
 * Words a task's own wording uses for each area, for a task whose plan filed
 * it under no area heading ("Tổ chức thực hiện", an appendix without group
 * rows). Matched on the folded text, each phrase counted once.
 */
const AREA_WORDS: ReadonlyArray<readonly [Area, RegExp[]]> = [
  ['institution', [/\bthe che\b/, /\bquy pham phap luat\b/, /\bqppl\b/, /\bpho bien,? giao duc phap luat\b/, /\bthi hanh phap luat\b/]],
  ['procedure', [/\bthu tuc hanh chinh\b/, /\btthc\b/, /\bmot cua\b/, /\bho so\b/, /\bphan anh,? kien nghi\b/, /\bhai long\b/]],
  ['organization', [/\bbo may\b/, /\bbien che\b/, /\bsap xep\b/, /\bdon vi su nghiep\b/, /\bchuc nang,? nhiem vu\b/, /\bphan cap\b/]],
  ['civil_service', [/\bcong vu\b/, /\bdoi ngu\b/, /\bvi tri viec lam\b/, /\bboi duong\b/, /\btuyen dung\b/, /\bky luat,? ky cuong\b/]],
  ['public_finance', [/\btai chinh\b/, /\bngan sach\b/, /\bdu toan\b/, /\bkinh phi\b/, /\btai san cong\b/, /\bdau tu cong\b/, /\btu chu\b/, /\bkiem toan\b/]],
  [
    'digital_government',
    [/\bchuyen doi so\b/, /\bchinh quyen (?:so|dien tu)\b/, /\btruc tuyen\b/, /\bso hoa\b/, /\bcong nghe thong tin\b/, /\bdu lieu\b/, /\bchu ky so\b/, /\bphan mem\b/, /\bthong tin dien tu\b/, /\bhe thong thong tin\b/],
  ],
  ['direction', [/\bke hoach\b/, /\bbao cao\b/, /\bkiem tra\b/, /\btuyen truyen\b/, /\bchi so (?:cchc|cai cach hanh chinh)\b/, /\bsang kien\b/, /\bkhen thuong\b/, /\bchi dao\b/, /\bdon doc\b/]],
];

/**
 * The area a task's wording points to: the area of reform whose words it uses
 * most; "chỉ đạo, điều hành" only when it names no area of reform (plans,
 * reports and inspections are every area's words too); null on a tie or when
 * nothing points to an area. Unknown is better than wrong: such a task stays
 * "Nhiệm vụ khác".
 */
export function areaOfTask(title: string): Area | null {
  const text = foldOcr(title);
  const hits = (phrases: RegExp[]) => phrases.filter((p) => p.test(text)).length;
  const scored = AREA_WORDS.filter(([area]) => area !== 'direction').map(([area, phrases]) => ({ area, hits: hits(phrases) }));
  const top = Math.max(...scored.map((s) => s.hits));
  if (top === 0) return hits(AREA_WORDS.find(([area]) => area === 'direction')![1]) > 0 ? 'direction' : null;
  const best = scored.filter((s) => s.hits === top);
  return best.length === 1 ? best[0].area : null;
}
