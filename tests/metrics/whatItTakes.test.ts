import { describe, expect, it } from 'vitest';
import { toMetric } from '../../lib/metrics/compute';
import type { MeasuredIndicator } from '../../lib/indicators';
import { customPeriod, periodOf } from '../../lib/time/periods';
import { takesIn } from './worded';
import type { TargetInForce as Target } from '../../lib/indicators/targets';

const whatItTakes = takesIn('vi');
const november = periodOf('month', '2026-11-01');
const target = (indicator: string, value: number, comparator: Target['comparator'] = 'gte'): Target => ({ indicator, comparator, value, source: '', text: '' });
const metric = (indicator: MeasuredIndicator, numerator: number, denominator: number, targets: Target[]) =>
  toMetric({ indicator, numerator, denominator, unknown: 0, rate: denominator ? numerator / denominator : null }, targets);
const reuse = (n: number, d: number, value = 80, comparator: Target['comparator'] = 'gte') =>
  metric('procedure.data_reuse_rate', n, d, [target('procedure.data_reuse_rate', value, comparator)]);

describe('whatItTakes', () => {
  // On 20/11, 20 days in: 20 dossiers so far is one a day, so about 10 more by 30/11; 30 in all.
  it('counts how many of the dossiers still expected must meet the target', () => {
    // 80% of 30 is 24; 15 reused so far: 9 more needed.
    expect(whatItTakes(reuse(15, 20), november, '2026-11-20')).toEqual({
      indicator: 'procedure.data_reuse_rate',
      needed: 9,
      expectedRemaining: 10,
      achievable: true,
      sentence: 'Đang ở mức 75,0%; để đạt 80% trong tháng 11/2026, cần thêm 9 hồ sơ có tái sử dụng dữ liệu (trong khoảng 10 hồ sơ dự kiến còn nhận đến 30/11/2026).',
    });
    // 12 reused so far: 12 needed, more than the 10 expected.
    expect(whatItTakes(reuse(12, 20), november, '2026-11-20')?.sentence).toBe(
      'Khó đạt 80% trong tháng 11/2026 theo nhịp hiện tại: từ nay đến 30/11/2026 dự kiến nhận thêm khoảng 10 hồ sơ; dù tất cả đều có tái sử dụng dữ liệu, tỷ lệ cũng chỉ đạt 73,3%, trong khi cần thêm 12 hồ sơ có tái sử dụng dữ liệu.',
    );
  });

  it('says one dossier and no dossier in words: no "khoảng 0", no "cả khoảng 1"', () => {
    expect(whatItTakes(reuse(2, 2), november, '2026-11-28')?.sentence).toBe('Đang đạt 100,0%: vẫn đạt 80% trong tháng 11/2026.');
    expect(whatItTakes(reuse(0, 2), november, '2026-11-28')?.sentence).toBe(
      'Khó đạt 80% trong tháng 11/2026: không dự kiến nhận thêm hồ sơ nào đến 30/11/2026, tỷ lệ dừng ở 0,0%.',
    );
    expect(whatItTakes(reuse(0, 2), november, '2026-11-20')?.sentence).toBe(
      'Khó đạt 80% trong tháng 11/2026 theo nhịp hiện tại: từ nay đến 30/11/2026 dự kiến chỉ nhận thêm 1 hồ sơ; dù có tái sử dụng dữ liệu, tỷ lệ cũng chỉ đạt 33,3%, trong khi cần thêm 3 hồ sơ có tái sử dụng dữ liệu.',
    );
  });

  it('names a range of dates as a period ("trong kỳ từ … đến …")', () => {
    const window = customPeriod('2026-09-15', '2026-12-14');
    expect(whatItTakes(reuse(2, 2), window, '2026-12-20')?.sentence).toBe('Đã đạt 100,0% (chỉ tiêu 80%) trong kỳ từ 15/09/2026 đến 14/12/2026.');
    expect(whatItTakes(reuse(0, 0), window, '2026-09-01')?.sentence).toBe('Kỳ từ 15/09/2026 đến 14/12/2026 chưa bắt đầu.');
  });

  it('says which dossier must count when one is expected and one is needed', () => {
    // 4 of 5 in 25 days: 1 more expected by 30/11; 80% of 6 is 4.8, so 5: that one.
    expect(whatItTakes(reuse(4, 5), november, '2026-11-25')).toMatchObject({
      needed: 1,
      expectedRemaining: 1,
      sentence: 'Đang đạt 80,0%; để giữ 80% trong tháng 11/2026, hồ sơ dự kiến còn nhận đến 30/11/2026 cần có tái sử dụng dữ liệu.',
    });
  });

  it('follows the pace: half the dossiers so far, half as many expected', () => {
    // 10 dossiers in 20 days: 5 more expected, 15 in all; 80% is 12, 9 so far: 3 needed.
    expect(whatItTakes(reuse(9, 10), november, '2026-11-20')).toMatchObject({ needed: 3, expectedRemaining: 5, achievable: true });
    expect(whatItTakes(reuse(9, 10), november, '2026-11-20')?.sentence).toMatch(/^Đang đạt 90,0%; để giữ 80%/);
  });

  it('needs one more than the bound for a "trên" target', () => {
    // Above 80% of 30 means 25 or more: 16 so far, 9 needed.
    expect(whatItTakes(reuse(16, 20, 80, 'gt'), november, '2026-11-20')?.needed).toBe(9);
  });

  it('needs nothing when the target holds whatever comes', () => {
    // 100 of 100 in 10 days, so 200 more expected: 80% of 300 is 240, 140 of them needed.
    expect(whatItTakes(reuse(100, 100), november, '2026-11-10')).toMatchObject({ needed: 140, expectedRemaining: 200 });
    // Against 10% (30 of 300) the 100 so far already suffice.
    expect(whatItTakes(reuse(100, 100, 10), november, '2026-11-10')).toMatchObject({ needed: 0, achievable: true });
  });

  it('speaks of the past once the period is over, and of no data when there is none', () => {
    expect(whatItTakes(reuse(12, 20), november, '2026-12-03')).toMatchObject({
      needed: 4,
      expectedRemaining: 0,
      achievable: false,
      sentence: 'Tháng 11/2026 đã kết thúc ở mức 60,0%, chưa đạt chỉ tiêu 80%.',
    });
    expect(whatItTakes(reuse(0, 0), november, '2026-11-20')?.sentence).toBe('Chưa có hồ sơ nào được ghi nhận trong tháng 11/2026: chưa tính được nhịp độ.');
    expect(whatItTakes(reuse(0, 0), november, '2026-10-20')?.sentence).toBe('Kỳ tháng 11/2026 chưa bắt đầu.');
  });

  it('says nothing without a target to reach', () => {
    expect(whatItTakes(metric('procedure.data_reuse_rate', 1, 2, []), november, '2026-11-20')).toBeNull();
    expect(whatItTakes(metric('procedure.full_online_procedure_rate', 1, 2, [target('procedure.full_online_procedure_rate', 80)]), november, '2026-11-20')).toBeNull();
  });
});
