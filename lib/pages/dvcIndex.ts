import type { IndexScore } from '../schema/facts';
import { readLabels } from './labels';
import { freeText } from './privacy';
import { cellText, columnsOf, findGrids } from './table';
import { textOf } from './text';
import { definePageKind } from './types';

// Group names as the portal heads its columns (Quyết định 766/QĐ-TTg); points in brackets are ignored by prefix matching.
const LABELS = {
  unit: ['ten don vi', 'don vi', 'tinh, thanh pho', 'tinh/thanh pho', 'tinh thanh pho', 'dia phuong', 'co quan'],
  CKMB: ['cong khai, minh bach', 'cong khai minh bach', 'ckmb'],
  TDGQ: ['tien do giai quyet', 'tdgq'],
  CLGQ: ['dich vu truc tuyen', 'dich vu cong truc tuyen', 'cung cap dich vu truc tuyen', 'clgq'],
  TTTT: ['thanh toan truc tuyen', 'tttt'],
  MDHL: ['muc do hai long', 'mdhl'],
  MDSH: ['so hoa ho so', 'muc do so hoa', 'mdsh'],
  total: ['tong diem', 'diem', 'tong'],
} as const;
const REQUIRED = [LABELS.unit, LABELS.total] as const;
const PERIOD_LABELS = ['ky danh gia', 'thoi gian danh gia', 'ky bao cao', 'thoi gian'] as const;
const INDEX_PATHS = /^\/p\/home\/dvc-index-|^\/danh-gia-chat-luong-phuc-vu/;

function score(text: string): number | null {
  const m = /-?\d+(?:[.,]\d+)?/.exec(text);
  const n = m ? Number(m[0].replace(',', '.')) : NaN;
  // A run of hundreds of digits reads as Infinity, which no stored number may be.
  return Number.isFinite(n) ? n : null;
}

// "Tháng 9/2026", "Quý III năm 2026", "6 tháng đầu năm 2026", "Năm 2025": a period as headings write it.
const PERIOD_WORDS = /(?:tháng\s+\d{1,2}\s*(?:\/|năm)\s*\d{4}|quý\s+(?:[IV]+|\d)\s*(?:\/|năm)\s*\d{4}|6\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}|năm\s+\d{4})/iu;

/** The period chosen in the page's selector, or written beside its label, else in a heading or caption. */
function periodOf(doc: Document): string | null {
  const hit = readLabels(doc).get(PERIOD_LABELS);
  if (!hit) {
    for (const el of Array.from(doc.querySelectorAll('h1,h2,h3,h4,caption,[class*="title"]'))) {
      const m = PERIOD_WORDS.exec(textOf(el));
      if (m) return m[0].replace(/\s+/g, ' ');
    }
    return null;
  }
  if (hit.element.tagName === 'SELECT') {
    const select = hit.element as HTMLSelectElement;
    return freeText(textOf(select.options[select.selectedIndex]));
  }
  return freeText(hit.value);
}

const combined = (online: number | null): Pick<IndexScore, 'combined'> =>
  online === null ? {} : { combined: [{ groups: ['CLGQ', 'TTTT'], score: online }] };

/** Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ (766): scores per unit and group. */
export const dvcIndex = definePageKind({
  kind: 'dvc.index',
  list: true,
  families: ['dvc'],
  name: { vi: 'Bộ chỉ số phục vụ người dân, doanh nghiệp', en: 'Service-quality index' },
  matches(url, doc) {
    return (url.hostname === 'dichvucong.gov.vn' && INDEX_PATHS.test(url.pathname)) || findGrids(doc, [LABELS.unit, LABELS.MDHL, LABELS.total]).length > 0;
  },
  extract(doc) {
    const anchors = new Map<string, Element>();
    const period = periodOf(doc);
    const indexScores: IndexScore[] = [];
    for (const grid of findGrids(doc, REQUIRED)) {
      const col = columnsOf(grid, LABELS);
      const group = (i: number, row: (typeof grid.rows)[number]) => (i < 0 ? null : score(cellText(row, i)));
      // The 2022 five-group layout scores online services and online payment in one column: without a payment
      // column of its own, an online-service column counts as the two together unless its header says 12 points.
      const combinedOnline = col.CLGQ >= 0 && col.TTTT < 0 && !/\(\s*12\b/.test(grid.headers[col.CLGQ]);
      for (const row of grid.rows) {
        const unit = freeText(cellText(row, col.unit));
        if (!unit) continue;
        indexScores.push({
          unit,
          period,
          groups: {
            CKMB: group(col.CKMB, row),
            TDGQ: group(col.TDGQ, row),
            CLGQ: combinedOnline ? null : group(col.CLGQ, row),
            TTTT: combinedOnline ? null : group(col.TTTT, row),
            MDHL: group(col.MDHL, row),
            MDSH: group(col.MDSH, row),
          },
          total: group(col.total, row),
          ...combined(combinedOnline ? group(col.CLGQ, row) : null),
        });
        if (!anchors.has(unit)) anchors.set(unit, row.element);
      }
    }
    return { facts: { indexScores }, anchors };
  },
});
