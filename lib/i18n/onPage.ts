/**
 * The words the marks on a portal page show. They belong to the dictionaries
 * (vi.ts and en.ts spread them in) but live apart, so that a content script
 * carries these few, not every string of the extension in two languages.
 */
export const onPageVi = {
  appName: 'Trợ lý CCHC',
  pageFails: '{n} điểm chưa đạt',
  pageAllPass: 'Mọi điểm trên trang đều đạt chỉ tiêu.',
  markPrev: 'Điểm chưa đạt trước',
  markNext: 'Điểm chưa đạt tiếp theo',
  markMove: 'Chuyển khung này sang góc khác',
  markPosition: '{i}/{n}',
  markList: 'Cả danh sách',
} as const;

export type OnPageKey = keyof typeof onPageVi;

export const onPageEn: Record<OnPageKey, string> = {
  appName: 'CCHC Assistant',
  pageFails: '{n} short of target',
  pageAllPass: 'Everything on this page meets the targets.',
  markPrev: 'Previous shortfall',
  markNext: 'Next shortfall',
  markMove: 'Move this box to another corner',
  markPosition: '{i}/{n}',
  markList: 'The whole list',
};

/** A template with its {placeholders} filled; one left without a value stays as written. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** One of the marks' words in the person's language. */
export function translateOnPage(lang: 'vi' | 'en', key: OnPageKey, params?: Record<string, string | number>): string {
  return fill((lang === 'en' ? onPageEn : onPageVi)[key], params);
}
