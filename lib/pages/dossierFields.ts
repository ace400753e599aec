import type { Dossier, Rating } from '../schema/facts';
import { fold } from '../text/fold';
import { channelOf } from './channels';
import { firstDateIn } from './dates';
import { dossierState } from './dossierStatus';
import { freeText, isPersonalData } from './privacy';
import { readYesNo } from './text';

/**
 * The labels (folded) one-stop systems put on each dossier field, in lists and
 * on detail pages alike, with the short forms and abbreviations their column
 * headers use ("Hẹn trả" under a "Ngày" group, "TPHS" and "KQ điện tử" under
 * "Số hóa"). More specific first: the first label a page shows wins.
 */
export const DOSSIER_LABELS = {
  code: ['ma ho so', 'so ho so', 'ma hs', 'so hs', 'ma so ho so', 'ma ho so dien tu'],
  procedure: ['ten thu tuc', 'thu tuc hanh chinh', 'ten thu tuc hanh chinh', 'ten tthc', 'thu tuc', 'tthc'],
  channel: ['kenh nop', 'hinh thuc nop', 'kenh tiep nhan', 'hinh thuc tiep nhan', 'nguon ho so', 'kenh'],
  status: ['trang thai', 'trang thai ho so', 'tinh trang ho so', 'trang thai xu ly', 'tinh trang xu ly', 'tinh trang'],
  received: ['ngay tiep nhan', 'ngay nhan', 'ngay nop', 'tiep nhan', 'ngay tn', 'thoi gian tiep nhan', 'ngay nhan ho so'],
  due: ['ngay hen tra', 'han xu ly', 'han giai quyet', 'ngay hen', 'hen tra', 'han tra', 'han tra ket qua', 'ngay hen tra ket qua', 'thoi han giai quyet'],
  completed: [
    'ngay co ket qua', 'ngay hoan thanh', 'ngay tra ket qua', 'ngay xu ly xong', 'ngay ket thuc', 'hoan thanh', 'ngay ht', 'ngay tra',
    'tra ket qua', 'ngay tra kq', 'ngay co kq', 'xu ly xong',
  ],
  timeliness: ['con lai', 'tien do', 'thoi gian con lai', 'tinh trang han', 'thoi han con lai', 'dung han/tre han', 'dung han'],
  eResult: ['ket qua dien tu', 'tra ket qua dien tu', 'kq dien tu', 'cap ket qua dien tu', 'kqdt', 'kq dt', 'ket qua ban dien tu', 'kq ban dien tu', 'tra kq dien tu'],
  digitized: [
    'so hoa thanh phan', 'so hoa ho so', 'tinh trang so hoa', 'tphs', 'so hoa tphs', 'so hoa thanh phan ho so', 'thanh phan so hoa',
    'tp so hoa', 'so hoa',
  ],
  reuse: ['tai su dung du lieu', 'tai su dung', 'khai thac du lieu', 'su dung lai du lieu', 'tsd', 'tai su dung tphs', 'su dung lai'],
  rating: ['danh gia', 'muc do hai long', 'ket qua danh gia', 'danh gia hai long', 'y kien danh gia', 'hai long'],
} as const;

export type DossierField = keyof typeof DOSSIER_LABELS;

// Thông tư 01/2018/TT-VPCP: <mã định danh đơn vị>-YYMMDD-NNNN.
export const DOSSIER_CODE = /[A-Z0-9][A-Z0-9.]*-\d{6}-\d{3,5}/i;

function dossierCode(text: string): string | null {
  const m = DOSSIER_CODE.exec(text);
  if (m) return m[0];
  const first = text.split(' ')[0] ?? '';
  // A CCCD or phone number under a mislabelled column is not a code: it would be stored as the key.
  return first.length >= 5 && /\d/.test(first) && !isPersonalData(first) ? first : null;
}

function ratingOf(text: string): Rating | null {
  const f = fold(text);
  if (f.includes('khong hai long')) return 'dissatisfied';
  if (f.includes('rat hai long')) return 'very_satisfied';
  if (f.includes('hai long')) return 'satisfied';
  return null;
}

/** The page's own word on timeliness: "Quá hạn 3 ngày", "Trễ hạn", "Đúng hạn", "Còn 2 ngày". */
function timelinessOf(text: string): boolean | null {
  const f = fold(text);
  if (/qua han|tre han|cham tra|^-\d/.test(f)) return false;
  if (/dung han|truoc han|trong han|^con\b/.test(f)) return true;
  return null;
}

/**
 * One dossier from the texts shown beside its labels (a list row or a detail
 * page). Returns null when no dossier code can be read. Never reads the
 * applicant (Chủ hồ sơ) or their contact details.
 */
export function toDossier(read: (field: DossierField) => string): Dossier | null {
  const code = dossierCode(read('code'));
  if (!code) return null;
  const status = freeText(read('status'));
  const dueAt = firstDateIn(read('due'));
  const completedAt = firstDateIn(read('completed'));
  const state = dossierState(status);
  const resolved = state === 'resolved' || (state === null && completedAt !== null);

  const byDates = resolved && completedAt && dueAt ? completedAt <= dueAt : null;
  const digitText = fold(read('digitized'));
  const reusedAccordingToDigitisation = digitText.includes('tai su dung') ? true : digitText ? false : null;

  return {
    code,
    procedureName: freeText(read('procedure')),
    channel: channelOf(read('channel')),
    status,
    receivedAt: firstDateIn(read('received')),
    dueAt,
    completedAt,
    resolved,
    onTime: byDates ?? timelinessOf(read('timeliness')),
    eResult: readYesNo(read('eResult')),
    digitized: reusedAccordingToDigitisation ? true : readYesNo(digitText),
    dataReuse: readYesNo(read('reuse')) ?? reusedAccordingToDigitisation,
    rating: ratingOf(read('rating')),
  };
}
