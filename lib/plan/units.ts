import { foldOcr, searchForm, tidy, words } from './normalise';

/*
 * The same unit is written "Phòng VH-XH", "Phòng Văn hóa - Xã hội phường" or,
 * after OCR, "Phong Vin hoa - Xa héi". A user picks their unit once, so every
 * spelling must reduce to one key.
 */

/** Abbreviations that stand for whole words wherever they appear. */
const WORD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  mttq: 'mat tran to quoc',
  cchc: 'cai cach hanh chinh',
  tthc: 'thu tuc hanh chinh',
  pvhcc: 'phuc vu hanh chinh cong',
  cqcm: 'co quan chuyen mon',
  dvsncl: 'don vi su nghiep cong lap',
  sncl: 'su nghiep cong lap',
  vp: 'van phong',
  vhxh: 'van hoa - xa hoi',
  tckh: 'tai chinh - ke hoach',
  bchqs: 'ban chi huy quan su',
};

/** Two-letter halves of hyphenated unit abbreviations (VH-XH, TC-KH, KT-HT-ĐT). */
const PART_ABBREVIATIONS: Readonly<Record<string, string>> = {
  vh: 'van hoa',
  xh: 'xa hoi',
  kt: 'kinh te',
  ht: 'ha tang',
  dt: 'do thi',
  tc: 'tai chinh',
  kh: 'ke hoach',
  ld: 'lao dong',
  tb: 'thuong binh',
  tn: 'tai nguyen',
  mt: 'moi truong',
  ct: 'chinh tri',
  gd: 'giao duc',
  yt: 'y te',
  tt: 'thong tin',
};

/** Units most plans name; a spelling close to one of these takes its key and its proper name. */
const KNOWN_UNITS = [
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Kinh tế - Hạ tầng',
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Phòng Lao động - Thương binh và Xã hội',
  'Văn phòng HĐND và UBND',
  'Văn phòng UBND',
  'Trung tâm Phục vụ hành chính công',
  'Trung tâm Dịch vụ công ích',
  'Công an',
  'Ban Chỉ huy Quân sự',
  'Ủy ban MTTQ Việt Nam',
  'Các phòng chuyên môn',
  'Các cơ quan chuyên môn',
  'Các đơn vị sự nghiệp công lập',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Khoa học và Công nghệ',
  'Thanh tra',
];

/** Level words a unit name ends with when written inside its own commune or ward. */
const TRAILING_LEVEL = /(?: (?:ph\w{1,3}ng|xa|tinh|so|huyen|thi tran))+$/;

function expandToken(token: string, inPhong: boolean): string {
  if (WORD_ABBREVIATIONS[token]) return WORD_ABBREVIATIONS[token];
  const parts = token.split('-');
  if (parts.length > 1 && parts.every((p) => PART_ABBREVIATIONS[p] || WORD_ABBREVIATIONS[p])) {
    return parts.map((p) => PART_ABBREVIATIONS[p] ?? WORD_ABBREVIATIONS[p]).join(' - ');
  }
  if (inPhong && PART_ABBREVIATIONS[token]) return PART_ABBREVIATIONS[token];
  return token;
}

/** Folds, expands abbreviations and makes ",", "và", "-" one separator. */
function rawKey(name: string): string {
  const folded = foldOcr(name.replace(/&/g, ' và ').replace(/[–—]/g, '-'))
    .replace(/\s*-\s*/g, '-')
    .replace(/[^a-z0-9, -]/g, ' ');
  const tokens = folded.split(/[\s,]+/).filter(Boolean);
  // In "Phòng KT, HT và ĐT" every two-letter token is an abbreviation.
  const expanded = tokens.map((t) => expandToken(t, tokens[0] === 'phong'));
  return expanded
    .join(' ')
    .replace(/^(?:[dp]e nghi |cac )+/, '')
    .replace(/-/g, ' - ')
    .replace(/ (?:va|-) /g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(TRAILING_LEVEL, '')
    .trim();
}

/** Single-deletion variants: two words share one exactly when they differ by one edit (or less). */
const deletionCache = new Map<string, string[]>();
export function deletions(word: string): string[] {
  let out = deletionCache.get(word);
  if (!out) {
    out = [word];
    for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
    deletionCache.set(word, out);
  }
  return out;
}

/** True when OCR could have turned one word into the other (one edit apart; short words must agree). */
export function closeWords(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3 || Math.abs(a.length - b.length) > 1) return false;
  const da = deletions(a);
  return deletions(b).some((d) => da.includes(d));
}

const knownUnits = KNOWN_UNITS.map((name) => {
  const key = rawKey(name);
  return { name, key, words: words(key) };
});

function knownUnit(key: string) {
  const ws = words(key);
  const exact = knownUnits.find((u) => u.key === key);
  if (exact) return exact;
  // Long names survive one word lost to OCR ("Đô thị" read as "P thi").
  return knownUnits.find((u) => {
    if (u.words.length !== ws.length) return false;
    const misses = u.words.filter((w, i) => !closeWords(w, ws[i])).length;
    // The kind of body ("Sở", "Phòng") is never the word OCR lost: "Sở Tài nguyên và Môi trường" is no "Phòng".
    return misses === 0 || (misses === 1 && ws.length >= 5 && closeWords(u.words[0], ws[0]));
  });
}

/** The canonical key used to match units: every spelling of one unit gives the same key. */
export function unitKey(name: string): string {
  const key = rawKey(name);
  return knownUnit(key)?.key ?? key;
}

/** True when two names denote the same unit. */
export function sameUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}

/** "tỉnh" closing a unit's name is part of it: "Công an tỉnh" is the provincial police, not any police. */
const PROVINCE_LEVEL = /\btinh$/;

/** The name to show: the proper spelling of a known unit (with its level "tỉnh"), else the name as written, tidied. */
export function unitName(name: string): string {
  const known = knownUnit(rawKey(name));
  if (known) return PROVINCE_LEVEL.test(foldOcr(name).replace(/[\s.;:,]+$/, '')) ? `${known.name} tỉnh` : known.name;
  const shown = tidy(name).replace(/[\s.;:,]+$/, '');
  // "Đề nghị Ủy ban MTTQ ...": the plan asks, the unit is what follows.
  return /^[dp]e nghi /.test(foldOcr(shown)) ? shown.split(' ').slice(2).join(' ') : shown;
}

/*
 * A unit's name starts with a word that names a body ("Sở", "Văn phòng",
 * "Công an", "UBND", "Các sở, ban, ngành"); each word of a proper name is
 * capitalised ("Sở Văn hóa, Thể thao và Du lịch"), so the lower-case verb
 * after it ("chủ trì", "tăng cường") is where the name ends.
 */
const UNIT_HEAD =
  /^(?:(?:cac|toan the) )?(?:so|van phong|phong(?!,? chong)|ban(?! hanh)|uy ban|ubnd|hdnd|hoi dong|mat tran|mttq|cong an|thanh tra|trung tam|bao(?! cao| dam| ve| ton)|dai|bo(?! chi so| tieu chi| thu tuc| phan| may)|cuc|chi cuc|kho bac|bao hiem|hoi(?! nghi| thao)|lien doan|doan|toa an|vien(?! chuc)|co quan|don vi|ngan hang|tinh doan|truong(?! hop)|bo chi huy|ban chi huy|thanh vien|thu truong|chu tich|nguoi dung dau|lanh dao|cong chuc|dia phuong)\b/;
/** Where a unit's name ends and its duty begins, when written in lower case after it. */
const DUTY_VERB =
  /\b(?:chu tri|phoi hop|co trach nhiem|chiu trach nhiem|tang cuong|can cu|thuc hien|tham muu|chi dao|long ghep|trien khai|xay dung|to chuc|theo doi|huong dan|day manh|ra soat|cung cap|tham dinh|bo tri|nghien cuu|kip thoi|dam bao|bao dam|ban hanh|tiep tuc|phat huy|giup|don doc|kiem tra|khan truong|quan triet|cong khai|cap nhat|tren co so|dinh ky|thuong xuyen|tap trung|chu dong|bao cao|trinh|gui|de xuat|la co quan|duoc giao|danh gia|xet khen thuong)\b/g;
/** "Giao Sở Nội vụ ...", "Đề nghị Ủy ban MTTQ ...": the plan assigns or asks; the unit follows. */
const ASKING = /^(?:giao cho|giao|[dp]e nghi|yeu cau)\s+/;

/** True when the words of `text` open with a known unit's, OCR damage allowed ("Trung tdm Phuc vu ..."). */
function opensWithKnownUnit(text: string): boolean {
  const ws = words(rawKey(text));
  return knownUnits.some((u) => u.words.length <= ws.length && u.words.every((w, i) => closeWords(w, ws[i])));
}

/** True when `text` opens with the name of a body: "Sở Tư pháp", "Các cơ quan, đơn vị", "UBND các xã". */
export function startsWithUnit(text: string): boolean {
  const t = tidy(text);
  return /^\p{Lu}/u.test(t) && (UNIT_HEAD.test(searchForm(t)) || opensWithKnownUnit(t));
}

export interface Addressee {
  /** The unit as written (without "Giao", "Đề nghị" or a note in brackets); several joined by "; ". */
  unit: string;
  /** What the unit is to do: the text after its name, or empty when the name stands alone as a heading. */
  duty: string;
}

/**
 * The unit a numbered item of "Tổ chức thực hiện" addresses and its duty:
 * "3. Sở Khoa học và Công nghệ: Chủ trì, ...", "Sở Văn hóa, Thể thao và Du
 * lịch chủ trì, ...", "2. Giao Sở Nội vụ (Cơ quan thường trực ...):".
 * Null when the item does not open with a unit ("Công tác triển khai").
 * A `heading` (a short line of its own) is a name up to its colon: OCR
 * loses the capitals that tell "Ban chỉ đạo" from a verb.
 */
export function readAddressee(text: string, heading = false): Addressee | null {
  let t = tidy(text);
  const asking = ASKING.exec(foldOcr(t));
  if (asking) t = t.slice(asking[0].length);
  if (!startsWithUnit(t)) return null;
  const s = searchForm(t);
  let end = t.length;
  let dutyAt = t.length;
  const colon = t.indexOf(':');
  if (colon > 0) [end, dutyAt] = [colon, colon + 1];
  for (const m of heading ? [] : s.matchAll(DUTY_VERB)) {
    if (m.index! >= end) break;
    // A capitalised word belongs to the name ("Trung tâm Kiểm soát ..."); the verb after it is in lower case.
    if (m.index! === 0 || t[m.index!] !== t[m.index!].toLowerCase()) continue;
    [end, dutyAt] = [m.index!, m.index!];
    break;
  }
  const unit = units(t.slice(0, end).replace(/\([^)]*\)/g, ' ')).join('; ');
  if (!unit) return null;
  const duty = tidy(t.slice(dutyAt)).replace(/^[\s,;:.-]+/, '');
  return { unit, duty: duty && duty[0].toUpperCase() + duty.slice(1) };
}

/** Units after which "và" joins two bodies rather than two words of one name ("Văn phòng HĐND và UBND"). */
const AND_UNIT = /\s+và\s+(?=(?:Phòng|Văn phòng|Trung tâm|Sở|Ban|Công an|Ủy ban|Thanh tra)\s)/u;

/**
 * The units named in one cell or phrase: "Sở Tư pháp; UBND các xã, phường,
 * đặc khu" is two, "Sở Tư pháp, Văn phòng UBND tỉnh, Công an tỉnh" three,
 * "Sở Văn hóa, Thể thao và Du lịch" one: a comma separates units only
 * when a unit's name follows it.
 */
export function units(text: string): string[] {
  const out: string[] = [];
  for (const written of tidy(text).split(/\s*;\s*/)) {
    // "Theo phân công tại Quyết định số ...": the units are in another document.
    if (/^theo\b/.test(foldOcr(written))) continue;
    // "Lãnh đạo Sở Công Thương" answers for the Sở.
    const part = written.replace(/^(?:Đại diện\s+)?(?:lãnh đạo|Lãnh đạo)\s+(?=\p{Lu})/u, '');
    const pieces = part.split(/\s*,\s*/);
    let current = '';
    for (const piece of pieces) {
      if (current && startsWithUnit(piece)) {
        out.push(current);
        current = piece;
      } else current = current ? `${current}, ${piece}` : piece;
    }
    if (current) out.push(...current.split(AND_UNIT));
  }
  return out
    .map((u) => unitName(u.replace(/^[-+•*–\s]+/, '')))
    .filter((u) => /\p{L}/u.test(u));
}

/** Every unit a task names as lead (a lead cell may name several, joined by "; ") or partner. */
export function taskUnits(task: { lead: string | null; partners: readonly string[] }): string[] {
  return [...(task.lead ? task.lead.split(/\s*;\s*/) : []), ...task.partners].filter(Boolean);
}

/** Known units named in a run of text (a flattened table row), in order of appearance, each once. */
export function findKnownUnits(text: string): string[] {
  const ws = words(rawKey(text));
  const found: Array<{ at: number; name: string; length: number }> = [];
  for (const unit of knownUnits) {
    const n = unit.words.length;
    for (let i = 0; i + n <= ws.length; i++) {
      if (unit.words.every((w, j) => closeWords(w, ws[i + j]))) {
        found.push({ at: i, name: unit.name, length: n });
        break;
      }
    }
  }
  // "Phòng Kinh tế" inside "Phòng Kinh tế, Hạ tầng và Đô thị" is the same mention.
  const kept = found.filter((f) => !found.some((g) => g !== f && g.at <= f.at && g.at + g.length >= f.at + f.length && g.length > f.length));
  return kept.sort((a, b) => a.at - b.at).map((f) => f.name);
}
