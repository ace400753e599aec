import { formatDateVi as viDate, workingDaysLate } from '../metrics/dates';
import { dossierState } from '../pages/dossierStatus';
import type { Dossier, Finding } from '../schema/facts';
import { finding } from './finding';
import type { CheckContext } from './types';

/** Only resolved dossiers owe an electronic result. */
export function eResultIssued(d: Dossier, ctx: CheckContext): Finding {
  const f = (status: 'pass' | 'fail' | 'na', message: string) =>
    finding(ctx, 'eResultIssued', d.code, 'procedure.e_result_rate', status, message);
  if (!d.resolved) return f('na', 'Hồ sơ chưa giải quyết xong: chưa tính kết quả điện tử');
  if (d.eResult === null) return f('na', 'Trang không cho biết hồ sơ có kết quả điện tử hay không');
  return d.eResult ? f('pass', 'Đã cấp kết quả điện tử') : f('fail', 'Hồ sơ chưa có kết quả điện tử');
}

export function dataReused(d: Dossier, ctx: CheckContext): Finding {
  const f = (status: 'pass' | 'fail' | 'na', message: string) =>
    finding(ctx, 'dataReused', d.code, 'procedure.data_reuse_rate', status, message);
  if (d.dataReuse === null) return f('na', 'Trang không cho biết hồ sơ có tái sử dụng dữ liệu số hóa hay không');
  return d.dataReuse
    ? f('pass', 'Có khai thác, sử dụng lại dữ liệu số hóa')
    : f('fail', 'Hồ sơ chưa khai thác, sử dụng lại dữ liệu số hóa');
}

export function digitized(d: Dossier, ctx: CheckContext): Finding {
  const f = (status: 'pass' | 'fail' | 'na', message: string) =>
    finding(ctx, 'digitized', d.code, 'procedure.digitization_rate', status, message);
  if (d.digitized === null) return f('na', 'Trang không cho biết thành phần hồ sơ đã được số hóa hay chưa');
  return d.digitized ? f('pass', 'Thành phần hồ sơ đã được số hóa') : f('fail', 'Thành phần hồ sơ chưa được số hóa');
}

/**
 * On time or not, as TDGQ counts it: a resolved dossier by its result date
 * against the due date; an unresolved one is on time while today is within its
 * due date and late after it. Stopped, withdrawn or refused dossiers have no
 * deadline to keep. Null when the page shows too little to tell.
 */
export function dossierOnTime(d: Dossier, today: string): boolean | null {
  if (dossierState(d.status) === 'closed') return null;
  if (d.resolved) return d.completedAt && d.dueAt ? d.completedAt <= d.dueAt : d.onTime;
  return d.dueAt ? today <= d.dueAt : d.onTime;
}

function lateness(d: Dossier, today: string): string {
  if (!d.dueAt) return d.resolved ? 'Hồ sơ giải quyết quá hạn' : 'Hồ sơ đã quá hạn';
  if (d.resolved) {
    if (!d.completedAt) return `Hồ sơ giải quyết quá hạn (hạn trả ${viDate(d.dueAt)})`;
    return `Giải quyết quá hạn ${workingDaysLate(d.dueAt, d.completedAt)} ngày làm việc (hạn trả ${viDate(d.dueAt)}, có kết quả ${viDate(d.completedAt)})`;
  }
  return `Quá hạn ${workingDaysLate(d.dueAt, today)} ngày làm việc (hạn trả ${viDate(d.dueAt)}), chưa có kết quả`;
}

export function onTime(d: Dossier, ctx: CheckContext): Finding {
  const f = (status: 'pass' | 'fail' | 'na', message: string) =>
    finding(ctx, 'onTime', d.code, 'procedure.on_time_rate', status, message);
  if (dossierState(d.status) === 'closed') return f('na', 'Hồ sơ đã dừng, rút hoặc không được tiếp nhận: không tính hạn');
  const verdict = dossierOnTime(d, ctx.today);
  if (verdict === null) return f('na', 'Trang không hiển thị hạn trả và tiến độ của hồ sơ');
  if (!verdict) return f('fail', lateness(d, ctx.today));
  if (d.resolved) return f('pass', 'Giải quyết đúng hạn');
  return f('pass', d.dueAt ? `Còn trong hạn (hạn trả ${viDate(d.dueAt)})` : 'Còn trong hạn');
}

/** The per-dossier checks, in the order the page marks them. */
export const dossierChecks = [eResultIssued, dataReused, digitized, onTime] as const;
