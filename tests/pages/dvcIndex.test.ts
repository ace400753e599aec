import { describe, expect, it } from 'vitest';
import { dvcIndex } from '../../lib/pages/dvcIndex';
import { loadFixture } from './load';

const none = { CKMB: null, TDGQ: null, CLGQ: null, TTTT: null, MDHL: null, MDSH: null };

describe('service-quality index (Bộ chỉ số 766)', () => {
  it('reads the older page: five-group summary, unit tables, period from the selector, decimal commas', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html';
    const { facts } = dvcIndex.extract(loadFixture('dvc-index-old.html', url), new URL(url));
    expect(facts.indexScores).toEqual([
      // "Dịch vụ trực tuyến (22)" scores online services (12) and payment (10) together: kept whole, its parts unknown.
      {
        unit: 'Lạng Sơn',
        period: 'Quý 1/2026',
        groups: { CKMB: 17.2, TDGQ: 19.1, CLGQ: null, TTTT: null, MDHL: 17.8, MDSH: 15.3 },
        total: 85.85,
        combined: [{ groups: ['CLGQ', 'TTTT'], score: 16.45 }],
      },
      { unit: 'Sở Tư pháp', period: 'Quý 1/2026', groups: none, total: 91.2 },
      { unit: 'Sở Nội vụ', period: 'Quý 1/2026', groups: none, total: 88.75 },
      { unit: 'UBND xã Hoàng Văn Thụ', period: 'Quý 1/2026', groups: none, total: 82.4 },
      { unit: 'UBND phường Lương Văn Tri', period: 'Quý 1/2026', groups: none, total: 86.1 },
    ]);
  });

  it('keeps a combined online column whole, and reads the period from the heading', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-dvctructuyen.html';
    const { facts } = dvcIndex.extract(loadFixture('dvc-index-combined.html', url), new URL(url));
    const groups = (CKMB: number, TDGQ: number, MDSH: number, MDHL: number) => ({ CKMB, TDGQ, CLGQ: null, TTTT: null, MDHL, MDSH });
    expect(facts.indexScores).toEqual([
      { unit: 'Sở Tư pháp', period: 'tháng 9/2026', groups: groups(17.5, 19.2, 20.1, 17.3), total: 91.56, combined: [{ groups: ['CLGQ', 'TTTT'], score: 17.46 }] },
      { unit: 'UBND xã Hoàng Văn Thụ', period: 'tháng 9/2026', groups: groups(16, 18, 18.4, 16.9), total: 84.5, combined: [{ groups: ['CLGQ', 'TTTT'], score: 15.2 }] },
    ]);
  });

  it('reads the newer page: six groups by their short names in an ARIA table', () => {
    const url = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
    const doc = loadFixture('dvc-index-new.html', url);
    const { facts, anchors } = dvcIndex.extract(doc, new URL(url));
    expect(facts.indexScores).toEqual([
      { unit: 'UBND xã Hoàng Văn Thụ', period: 'Tháng 4/2026', groups: { CKMB: 16.5, TDGQ: 18.2, CLGQ: 10.8, TTTT: 6.4, MDHL: 16.1, MDSH: 17.9 }, total: 85.9 },
      { unit: 'UBND phường Đông Kinh', period: 'Tháng 4/2026', groups: { CKMB: 17.1, TDGQ: 19.4, CLGQ: 11.2, TTTT: 8.8, MDHL: 17.3, MDSH: 19.6 }, total: 93.4 },
      { unit: 'UBND phường Tam Thanh', period: 'Tháng 4/2026', groups: { CKMB: 15, TDGQ: 17.5, CLGQ: null, TTTT: 5, MDHL: 15.9, MDSH: 14.2 }, total: 77.6 },
    ]);
    expect(anchors.get('UBND phường Đông Kinh')?.getAttribute('role')).toBe('row');
    expect(dvcIndex.matches(new URL('https://dichvucong.langson.gov.vn/chi-so'), doc)).toBe(true);
  });
});
