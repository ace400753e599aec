import { describe, expect, it } from 'vitest';
import { findDeadline, parseDeadline, romanQuarter } from '../../lib/plan/deadline';

describe('deadlines', () => {
  it('reads a date', () => {
    expect(parseDeadline('Trước ngày 28/02/2026')).toEqual({ kind: 'date', text: 'Trước ngày 28/02/2026', to: '2026-02-28' });
    expect(parseDeadline('31/02/2026')).toBeNull();
  });
  it('reads a month and a month range', () => {
    expect(parseDeadline('Tháng 10/2025')).toMatchObject({ kind: 'month', from: '2025-10-01', to: '2025-10-31' });
    expect(parseDeadline('Tháng 3 - tháng 6/2026')).toMatchObject({ kind: 'month', from: '2026-03-01', to: '2026-06-30' });
  });
  it('reads quarters and ranges of quarters, OCR included', () => {
    expect(parseDeadline('Quý III-IV/2025')).toMatchObject({ kind: 'quarter', from: '2025-07-01', to: '2025-12-31' });
    expect(parseDeadline('Quy 111-1V//2025')).toMatchObject({ kind: 'quarter', from: '2025-07-01', to: '2025-12-31' });
    expect(parseDeadline('Quy I1-1Vv/2025')).toMatchObject({ from: '2025-04-01', to: '2025-12-31' });
    expect(parseDeadline('Quý I', 2026)).toMatchObject({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
    expect(romanQuarter('H1')).toBe(3);
    expect(romanQuarter('VI')).toBeNull();
  });
  it('reads a year', () => {
    expect(parseDeadline('Năm 2026')).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
  });
  it('reads recurring deadlines and periodic reports', () => {
    expect(parseDeadline('Thường xuyên')).toMatchObject({ kind: 'recurring', every: 'continuous' });
    expect(parseDeadline('Hằng quý')).toMatchObject({ kind: 'recurring', every: 'quarter' });
    expect(parseDeadline('Báo cáo tháng')).toMatchObject({ kind: 'recurring', every: 'month' });
    expect(parseDeadline('Định kỳ 6 tháng')).toMatchObject({ kind: 'recurring', every: 'half_year' });
  });
  it('reads relative and on-request deadlines', () => {
    expect(parseDeadline('Chậm nhất sau 10 ngày kể từ ngày Kế hoạch của UBND tỉnh được ban hành')).toMatchObject({ kind: 'relative' });
    expect(parseDeadline('Khi có yêu cầu')).toMatchObject({ kind: 'on_request' });
  });
  it('finds a deadline inside a duty but not a period named in passing', () => {
    expect(findDeadline('Xây dựng Kế hoạch CCHC năm 2026 xong trước ngày 28/02/2026; đồng thời')).toMatchObject({ kind: 'date', to: '2026-02-28' });
    expect(findDeadline('Tham mưu đánh giá Chỉ số CCHC năm 2026 của xã')).toBeNull();
  });
});
