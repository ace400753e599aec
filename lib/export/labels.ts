import type { Verdict } from '../metrics/formulas';
import type { MetricStatus, TargetRef } from '../metrics/compute';
import type { Channel, Rating } from '../schema/facts';

/** Vietnamese words for the values shown in exports. */
export const CHANNEL: Record<Channel, string> = { direct: 'Trực tiếp', online: 'Trực tuyến', postal: 'Bưu chính công ích' };
export const RATING: Record<Rating, string> = { very_satisfied: 'Rất hài lòng', satisfied: 'Hài lòng', dissatisfied: 'Không hài lòng' };
export const STATUS: Record<MetricStatus, string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  no_data: 'Chưa có dữ liệu',
  no_target: 'Không có chỉ tiêu',
};
export const NO_DATA = 'Chưa có dữ liệu';
export const UNKNOWN = 'Chưa rõ';

const COMPARATOR: Record<TargetRef['comparator'], string> = { gte: '≥', gt: '>', lte: '≤', lt: '<' };
export const targetText = (t: TargetRef): string => `${COMPARATOR[t.comparator]} ${t.value}%`;

export const yesNo = (value: boolean | null): string => (value === null ? UNKNOWN : value ? 'Có' : 'Không');

export function timelinessText(verdict: Verdict, finished: boolean): string {
  if (verdict === 'hit') return finished ? 'Đúng hạn' : 'Còn hạn';
  if (verdict === 'miss') return finished ? 'Trễ hạn' : 'Quá hạn';
  return UNKNOWN;
}
