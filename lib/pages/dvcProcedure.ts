import type { Procedure } from '../schema/facts';
import { fold } from '../text/fold';
import { channelsIn } from './channels';
import { type LabelIndex, readLabels } from './labels';
import { freeText } from './privacy';
import { textOf, readYesNo } from './text';
import { definePageKind } from './types';

const LABELS = {
  code: ['ma thu tuc', 'ma tthc'],
  name: ['ten thu tuc', 'thu tuc', 'ten tthc'],
  level: ['cap thuc hien'],
  field: ['linh vuc'],
  onlineLevel: ['muc do dvc', 'muc do dich vu cong', 'muc truc tuyen', 'muc do', 'dich vu cong truc tuyen'],
  channels: ['cach thuc thuc hien', 'cach thuc nop', 'kenh nop', 'hinh thuc nop'],
  time: ['thoi han giai quyet', 'thoi gian giai quyet', 'thoi han xu ly'],
  fees: ['phi, le phi', 'le phi', 'phi', 'cach thuc nop truc tuyen'],
  payment: ['thanh toan truc tuyen'],
  eResult: ['ket qua dien tu', 'tra ket qua dien tu'],
  result: ['ket qua xu ly', 'ket qua thuc hien', 'ket qua giai quyet'],
} as const;

// A procedure code (Quyết định công bố TTHC): 1.000253, a province's variant 1.012753.H33, a service 1.000253.01.
const PROCEDURE_CODE = /\b\d\.\d{6}(?:\.[A-Z0-9]{2,4})?\b/;
const NATIONAL_PATHS = /^\/p\/home\/dvc-(chi-tiet-thu-tuc-hanh-chinh|tthc-thu-tuc-hanh-chinh-chi-tiet)\.html$|^\/thu-tuc-hanh-chinh\/.+/;

const value = (labels: LabelIndex, key: keyof typeof LABELS): string => labels.get(LABELS[key])?.value ?? '';

/** Nghị định 42/2022 levels; older pages still say "Mức độ 3/4" (4 ≈ toàn trình, 3 ≈ một phần). */
function onlineLevelOf(text: string): Procedure['onlineLevel'] {
  const f = fold(text);
  if (!f) return null;
  if (/toan trinh|muc do 4|^4$/.test(f)) return 'full';
  if (/mot phan|muc do 3|^3$/.test(f)) return 'partial';
  if (/muc do [12]|^[12]$|khong|chua/.test(f)) return 'none';
  return null;
}

/** The newer national pages show the level as a badge beside the title, not under a label. */
function onlineLevelBadge(doc: Document): Procedure['onlineLevel'] {
  for (const el of Array.from(doc.querySelectorAll('[class*="badge"],[class*="tag"]'))) {
    const level = onlineLevelOf(textOf(el));
    if (level === 'full' || level === 'partial') return level;
  }
  return null;
}

function processingDays(text: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s*ngay/.exec(fold(text));
  const days = m ? Number(m[1].replace(',', '.')) : NaN;
  // A run of hundreds of digits reads as Infinity, which no stored number may be.
  return Number.isFinite(days) ? days : null;
}

function onlinePaymentOf(labels: LabelIndex): boolean | null {
  const stated = readYesNo(value(labels, 'payment'));
  if (stated !== null) return stated;
  const fees = fold(value(labels, 'fees'));
  if (!fees || /mien|khong thu/.test(fees)) return null;
  return /thanh toan truc tuyen/.test(fees);
}

function eResultOf(labels: LabelIndex): boolean | null {
  const stated = readYesNo(value(labels, 'eResult'));
  if (stated !== null) return stated;
  const result = fold(value(labels, 'result'));
  return result ? /dien tu/.test(result) : null;
}

/** Trang chi tiết thủ tục hành chính: national portal (older and newer) and provincial portals. */
export const dvcProcedure = definePageKind({
  kind: 'dvc.procedure',
  families: ['dvc'],
  name: { vi: 'Trang thủ tục hành chính', en: 'Procedure page' },
  matches(url, doc) {
    if (url.hostname === 'dichvucong.gov.vn' && NATIONAL_PATHS.test(url.pathname)) return true;
    const labels = readLabels(doc);
    return PROCEDURE_CODE.test(value(labels, 'code')) && (labels.get(LABELS.field) !== null || labels.get(LABELS.channels) !== null);
  },
  extract(doc, url) {
    const labels = readLabels(doc);
    const codeText = value(labels, 'code') || (url.searchParams.get('ma_thu_tuc') ?? '');
    const code = PROCEDURE_CODE.exec(codeText)?.[0] ?? null;
    const procedure: Procedure = {
      code,
      name: freeText(value(labels, 'name')),
      level: freeText(value(labels, 'level')),
      field: freeText(value(labels, 'field')),
      onlineLevel: onlineLevelOf(value(labels, 'onlineLevel')) ?? onlineLevelBadge(doc),
      submissionChannels: channelsIn(value(labels, 'channels')),
      processingDays: processingDays(value(labels, 'time') || value(labels, 'channels')),
      eResult: eResultOf(labels),
      onlinePayment: onlinePaymentOf(labels),
    };
    const anchors = new Map<string, Element>();
    const shown = labels.get(LABELS.code)?.element ?? doc.querySelector('h1');
    if (shown) anchors.set(code ?? 'procedure', shown);
    return { facts: { procedure }, anchors };
  },
});
