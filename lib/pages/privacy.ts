import { memoize } from '../text/memo';

/**
 * Free text the extractors return (procedure names, titles, summaries) can
 * carry what Nghị định 13/2023/NĐ-CP protects. These patterns strip what can
 * be recognised: e-mails, phone numbers, CCCD/CMND numbers and the name that
 * follows a form of address.
 */
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;
// Digits are bounded by non-digits, not by word boundaries: textContent runs a
// name into the phone that follows it in a <small> ("Huy0366 789 012").
const PHONE = /(?:\+84|(?<!\d)0)(?:[\s.-]?\d){8,10}(?!\d)/g;
const ID_NUMBER = /(?<!\d)\d{9}(?:\d{3})?(?!\d)/g;
// A form of address, then the person's name: "ông Nguyễn Văn An", "cho trẻ Lê Bảo Ngọc", "hộ gia đình ông
// Lò Văn Pọm", "anh/chị Minh". The name's words are capitalised; a form of address in front of it is enough
// evidence for a one-word name. Upper and lower case are spelled out: with the i flag \p{Lu} matches any letter.
const ADDRESS = '(?:[hH]ộ gia đình|[cC]ông dân|[cC]hủ hồ sơ|[nN]gười nộp|[nN]gười yêu cầu|[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[tT]rẻ|[cC]háu|[bB]é)';
const ADDRESSED_NAME = new RegExp(
  `(?<!\\p{L})${ADDRESS}(?:\\s*/\\s*${ADDRESS})?(?:\\s+(?:[ôÔ]ng|[bB]à))?\\s+(?:\\p{Lu}\\p{Ll}*(?:\\s+|$|(?=[,.;:)]))){1,5}`,
  'gu',
);

// Places named with a form of address ("tỉnh Bà Rịa - Vũng Tàu", "đường Bà Triệu", "huyện Anh Sơn") are no
// one's name. A place noun in front says so; the few such places a text names without one are listed.
const PLACE_NOUN = /(?:^|[^\p{L}])(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|ấp|thôn|bản|làng|khu phố|đường|phố|ngõ|hẻm|chợ|núi|đèo|cầu|bến|sông|hồ|đảo|đền|chùa|miếu)\s+$/iu;
const PLACE_NAMES = /^(?:Bà Rịa|Bà Đen|Bà Nà|Bà Chiểu|Bà Điểm|Anh Sơn)(?!\p{L})/u;

function isPlace(name: string, before: string): boolean {
  // A person addressed in running text is "bà", "ông"; a place's name is capitalised.
  if (!/^\p{Lu}/u.test(name)) return false;
  return PLACE_NOUN.test(before) || PLACE_NAMES.test(name);
}

function clean(text: string): string {
  return text
    .replace(EMAIL, '…')
    .replace(PHONE, '…')
    .replace(ID_NUMBER, '…')
    .replace(ADDRESSED_NAME, (name: string, at: number, whole: string) => (isPlace(name, whole.slice(Math.max(0, at - 20), at)) ? name : '… '))
    .replace(/\s+/g, ' ')
    .trim();
}

export const withoutPersonalData = memoize(clean);

// Query parameters that name a person or how to reach them, whatever their value looks like.
const PERSONAL_PARAM = /ho_?ten|hoten|fullname|name$|^ten|chu_?ho_?so|chuhoso|nguoi|applicant|owner|cccd|cmnd|cmt|can_?cuoc|identity|sdt|so_?dien_?thoai|phone|mobile|tel$|e_?mail|dia_?chi|diachi|address/i;

/**
 * A page's address as it may be stored, shown or sent: the origin and path,
 * and only those query parameters whose name and value carry no personal data.
 * A fragment goes too: single-page apps keep their own queries there.
 */
export function cleanUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '';
  }
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (PERSONAL_PARAM.test(name) || withoutPersonalData(value) !== value.replace(/\s+/g, ' ').trim()) continue;
    kept.append(name, value);
  }
  const query = kept.toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}

/** A page title as it may be stored or shown: cleaned and at most 200 characters. */
export const cleanTitle = (title: string): string => withoutPersonalData(title).slice(0, 200);

/** A token (a code read off the page) that is, or holds, an e-mail, phone or ID number. */
export function isPersonalData(token: string): boolean {
  return withoutPersonalData(token) !== token.replace(/\s+/g, ' ').trim();
}

/** Free text as stored: cleaned, or null when nothing is left. */
export function freeText(text: string | null | undefined): string | null {
  if (!text) return null;
  const clean = withoutPersonalData(text);
  return clean || null;
}
