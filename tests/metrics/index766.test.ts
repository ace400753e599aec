import { describe, expect, it } from 'vitest';
import { toMetric } from '../../lib/metrics/compute';
import type { MeasuredIndicator } from '../../lib/indicators';
import { estimate766, findPublished, scorePoints, type PublishedScore } from '../../lib/metrics/index766';
import { periodOf } from '../../lib/time/periods';
import { comparedIn } from './worded';
import type { Observation } from '../../lib/schema/records';

const compare766 = comparedIn('vi');
const q4 = periodOf('quarter', '2026-10-01');
const m = (indicator: MeasuredIndicator, numerator: number, denominator: number) =>
  toMetric({ indicator, numerator, denominator, unknown: 0, rate: denominator ? numerator / denominator : null }, []);

const metrics = [
  m('procedure.on_time_rate', 18, 20),
  m('procedure.e_result_rate', 3, 4),
  m('procedure.data_reuse_rate', 6, 10),
  m('procedure.digitization_rate', 0, 0),
  m('procedure.satisfaction_rate', 17, 20),
  m('procedure.feedback_on_time_rate', 0, 0),
];

describe('scorePoints', () => {
  it('scores linearly up to full points at the threshold', () => {
    expect(scorePoints(0.6, 2, 0.8)).toBeCloseTo(1.5, 10);
    expect(scorePoints(0.8, 2, 0.8)).toBe(2);
    expect(scorePoints(0.95, 2, 0.8)).toBe(2);
    expect(scorePoints(0.81, 6, 0.9)).toBeCloseTo(5.4, 10);
    expect(scorePoints(0.75, 6, 1)).toBe(4.5);
  });
});

describe('estimate766', () => {
  const estimate = estimate766(metrics, q4);
  it('earns points on what it sees and leaves out what it has no data for', () => {
    const points = Object.fromEntries(estimate.items.map((i) => [i.indicator, i.points]));
    // 20·0.9; 6·0.75; 2·0.6/0.8; none; 6·0.85/0.9; no feedback earns the full 6.
    expect(points['procedure.on_time_rate']).toBeCloseTo(18, 10);
    expect(points['procedure.e_result_rate']).toBe(4.5);
    expect(points['procedure.data_reuse_rate']).toBeCloseTo(1.5, 10);
    expect(points['procedure.digitization_rate']).toBeNull();
    expect(points['procedure.satisfaction_rate']).toBeCloseTo(5.666667, 5);
    expect(points['procedure.feedback_on_time_rate']).toBe(6);
    expect(estimate.points).toBeCloseTo(35.666667, 5);
    expect(estimate.maxPoints).toBe(40);
    expect(estimate.label).toBe('ước tính');
  });
});

describe('compare766', () => {
  const score = (unit: string, period: string, seenAt: number, TDGQ: number): Observation => ({
    id: `index_score:${unit}|${period}|${seenAt}`,
    key: `${unit}|${period}`,
    host: 'dichvucong.gov.vn',
    firstSeenAt: seenAt,
    seenAt,
    date: null,
    unit,
    type: 'index_score',
    data: { unit, period, groups: { CKMB: 16, TDGQ, CLGQ: 10, TTTT: 5, MDHL: 15, MDSH: 15 }, total: 61 + TDGQ },
  });
  const observations = [
    score('Phường Đông Kinh', 'Quý IV năm 2026', 1, 16),
    score('PHƯỜNG ĐÔNG KINH', 'Quý IV/2026', 2, 17.5),
    score('Phường Đông Kinh', 'Quý III năm 2026', 3, 20),
    score('Xã Tân Thành', 'Quý IV năm 2026', 4, 12),
  ];

  const ward = { unit: 'Phường Đông Kinh', province: null };
  it('finds the portal’s latest figures for the same unit and period', () => {
    expect(findPublished(observations, { unit: 'phường đông kinh', province: null }, q4)?.groups.TDGQ).toBe(17.5);
    expect(findPublished(observations, ward, periodOf('quarter', '2026-01-01'))).toBeNull();
  });

  it('matches the unit as the portal names it: "UBND phường …" for the ward and for an office of the ward', () => {
    const portal = [score('UBND phường Đông Kinh', 'Quý IV năm 2026', 5, 19), score('Tỉnh Lạng Sơn', 'Quý IV năm 2026', 6, 18), score('Lạng Sơn', 'Quý III/2026', 7, 17)];
    expect(findPublished(portal, ward, q4)).toMatchObject({ unit: 'UBND phường Đông Kinh', scope: 'unit', groups: { TDGQ: 19 } });
    const office = { unit: 'Phòng Văn hóa - Xã hội phường Đông Kinh', province: 'Lạng Sơn' };
    expect(findPublished(portal, office, q4)).toMatchObject({ scope: 'unit', groups: { TDGQ: 19 } });
    // A unit the portal does not list gets its province's figures, said to be the province's.
    const elsewhere = { unit: 'Phòng Văn hóa - Xã hội', province: 'Lạng Sơn' };
    expect(findPublished(portal, elsewhere, q4)).toMatchObject({ unit: 'Tỉnh Lạng Sơn', scope: 'province', groups: { TDGQ: 18 } });
    expect(findPublished(portal, elsewhere, periodOf('quarter', '2026-07-01'))).toMatchObject({ unit: 'Lạng Sơn', scope: 'province' });
    expect(findPublished(portal, { unit: 'Xã Tân Thành', province: 'Cao Bằng' }, q4)).toBeNull();
    const c = compare766(estimate766(metrics, q4), findPublished(portal, elsewhere, q4), '2027-01-10');
    expect(c.notes.at(-1)).toBe('Cổng công bố cho Tỉnh Lạng Sơn (số của cả tỉnh, cổng chưa công bố riêng cho đơn vị), Quý IV năm 2026: tổng 79,0/100 điểm.');
  });

  it('compares group by group and explains the differences', () => {
    const published = findPublished(observations, ward, q4) as PublishedScore;
    const c = compare766(estimate766(metrics, q4), published, '2027-01-10');
    const g = Object.fromEntries(c.groups.map((x) => [x.group, x]));
    expect(g.TDGQ).toMatchObject({ estimate: 18, covered: 20, published: 17.5, difference: -0.5 });
    expect(g.TDGQ.explanation).toBe(
      'Cổng công bố 17,5/20 điểm; ước tính 18,0/20 điểm từ tỷ lệ hồ sơ giải quyết trước và đúng hạn — chênh 0,5 điểm (cổng thấp hơn).',
    );
    // MDSH: e-results 4.5 + reuse 1.5 of 8 covered points; digitisation had no data.
    expect(g.MDSH).toMatchObject({ estimate: 6, covered: 8, published: 15, difference: null });
    expect(g.MDSH.explanation).toMatch(/tức 8\/22 điểm của nhóm: không so trực tiếp được\.$/);
    expect(g.CKMB).toMatchObject({ estimate: null, covered: 0, difference: null, explanation: 'Cổng công bố 16,0/18 điểm; tiện ích không thấy các chỉ số của nhóm này.' });
    expect(c.notes[0]).toBe('Đây là ước tính: 35,7/40 điểm trên các chỉ số tiện ích thấy được, trong tổng 100 điểm của Bộ chỉ số 766.');
    expect(c.notes[1]).toBe('Chỉ tính 20 hồ sơ bạn đã mở trong quý IV/2026; cổng tính toàn bộ hồ sơ của đơn vị.');
    expect(c.notes.at(-1)).toBe('Cổng công bố cho PHƯỜNG ĐÔNG KINH, Quý IV/2026: tổng 78,5/100 điểm.');
  });

  it('says when the period is still open and when nothing was published', () => {
    const c = compare766(estimate766(metrics, q4), null, '2026-11-20');
    expect(c.notes).toContain('Kỳ quý IV/2026 chưa kết thúc: hồ sơ còn hạn đang được tính là đúng hạn, có thể trễ hạn trước khi cổng chốt số liệu.');
    expect(c.notes.at(-1)).toMatch(/^Chưa có số liệu cổng công bố/);
    expect(c.groups.find((x) => x.group === 'TDGQ')?.explanation).toBe(
      'Chưa mở trang chỉ số của kỳ này; ước tính 18,0/20 điểm từ tỷ lệ hồ sơ giải quyết trước và đúng hạn.',
    );
  });
});
