import { describe, expect, it } from 'vitest';
import { findDeadline, parseDeadline, romanQuarter, withEventDate, yearIn } from '../../lib/plan/deadline';

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

  it('reads a yearly or monthly report due on a fixed day of the next cycle', () => {
    expect(parseDeadline('Trước ngày 31/01 năm liền kề', 2026)).toEqual({ kind: 'recurring', text: 'Trước ngày 31/01 năm liền kề', every: 'year', dueDay: 31, dueMonth: 1 });
    expect(parseDeadline('Trước ngày 05 của tháng liền kề', 2026)).toEqual({ kind: 'recurring', text: 'Trước ngày 05 của tháng liền kề', every: 'month', dueDay: 5 });
    expect(parseDeadline('Báo cáo trước ngày 20 hằng tháng')).toMatchObject({ every: 'month', dueDay: 20 });
    expect(parseDeadline('Hằng năm')).toMatchObject({ kind: 'recurring', every: 'year' });
    expect(parseDeadline('Định kỳ hằng tháng')).toMatchObject({ kind: 'recurring', every: 'month' });
    // A report whose cycle the cell does not name is still periodic, with no cycle guessed.
    expect(parseDeadline('Định kỳ báo cáo')).toEqual({ kind: 'recurring', text: 'Định kỳ báo cáo' });
  });
  it('keeps ongoing work within the plan year', () => {
    expect(parseDeadline('Thường xuyên trong năm', 2026)).toEqual({ kind: 'recurring', text: 'Thường xuyên trong năm', every: 'continuous', from: '2026-01-01', to: '2026-12-31' });
    expect(parseDeadline('Thường xuyên trong năm')).toEqual({ kind: 'recurring', text: 'Thường xuyên trong năm', every: 'continuous' });
  });
  it('reads a quarter and a range of months written out', () => {
    expect(parseDeadline('Trong quý I năm 2026')).toMatchObject({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
    expect(parseDeadline('Từ tháng 3 đến tháng 9/2026')).toMatchObject({ kind: 'month', from: '2026-03-01', to: '2026-09-30' });
  });
  it('takes the first dated step of a two-part deadline', () => {
    expect(parseDeadline('Ban hành kế hoạch chậm nhất là ngày 15/4/2026 và tổ chức thực hiện')).toMatchObject({ kind: 'date', to: '2026-04-15' });
    expect(parseDeadline('Ban hành kế hoạch trong tháng 01/2026, tổ chức kiểm tra chậm nhất ngày 30/6/2026')).toMatchObject({ kind: 'month', to: '2026-01-31' });
    expect(parseDeadline('Tổ chức kiểm tra trong quý II/2026, báo cáo trước ngày 15/7/2026')).toMatchObject({ kind: 'quarter', to: '2026-06-30' });
  });
  it('never takes the date of a cited document', () => {
    const cited = parseDeadline('Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ cơ sở dữ liệu quốc gia về pháp luật');
    expect(cited).toMatchObject({ kind: 'per_document', document: '52/2015/NĐ-CP' });
    expect(cited?.to).toBeUndefined();
    expect(parseDeadline('Triển khai Quyết định số 1441/QĐ-UBND ngày 25/9/2025 trong quý I/2026')).toMatchObject({ kind: 'quarter', from: '2026-01-01' });
    expect(parseDeadline('Thực hiện Luật Thi đua, khen thưởng ngày 15/6/2022')).toBeNull();
    expect(findDeadline('Thường xuyên thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ')).toMatchObject({ kind: 'recurring', every: 'continuous' });
  });
  it('names the document that sets a deadline, and a plan or guidance still to come', () => {
    expect(parseDeadline('Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh')).toMatchObject({ kind: 'per_document', document: '1441/QĐ-UBND' });
    // "năm 2026" here names the other plan, not a due year.
    expect(parseDeadline('Theo Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh')).toEqual({
      kind: 'per_document',
      text: 'Theo Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh',
    });
    expect(parseDeadline('Theo hướng dẫn của Trung ương')).toMatchObject({ kind: 'per_document' });
  });
  it('reads a relative deadline, unresolved until its event has a date', () => {
    const relative = parseDeadline('Sau 03 tháng kể từ khi có văn bản của Trung ương hoặc Quyết định liên quan của cơ quan có thẩm quyền');
    expect(relative).toMatchObject({ kind: 'relative', after: { count: 3, unit: 'month' }, event: 'có văn bản của Trung ương hoặc Quyết định liên quan của cơ quan có thẩm quyền' });
    expect(relative?.to).toBeUndefined();
    expect(withEventDate(relative!, '2026-11-30')).toMatchObject({ from: '2026-11-30', to: '2027-02-28' });
    expect(withEventDate(parseDeadline('Trong vòng 05 ngày làm việc kể từ ngày nhận văn bản')!, '2026-11-27')).toMatchObject({ to: '2026-12-04' });
    expect(withEventDate(withEventDate(relative!, '2026-11-30'), null)).not.toHaveProperty('to');
  });
  it('completes a day without its year from the table or the plan', () => {
    expect(parseDeadline('Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1', 2026)).toMatchObject({ kind: 'date', to: '2026-01-23' });
    expect(parseDeadline('ngày 23 tháng 1')).toBeNull();
    expect(yearIn('Thời gian\n(Năm 2026)')).toBe(2026);
    expect(yearIn('Thời gian hoàn thành')).toBeNull();
  });
});
