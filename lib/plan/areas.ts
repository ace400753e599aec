import type { Area } from '../schema/plan';

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
