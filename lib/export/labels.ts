import type { Verdict } from '../indicators/types';
import type { MetricStatus } from '../metrics/compute';
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

/** A fact as the report writes it: "Có", "Không", or "Chưa rõ". */
export const yesNoText = (value: boolean | null): string => (value === null ? UNKNOWN : value ? 'Có' : 'Không');

export function timelinessText(verdict: Verdict, finished: boolean): string {
  if (verdict === 'hit') return finished ? 'Đúng hạn' : 'Còn hạn';
  if (verdict === 'miss') return finished ? 'Trễ hạn' : 'Quá hạn';
  return UNKNOWN;
}
