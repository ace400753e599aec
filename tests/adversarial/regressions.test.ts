import { describe, expect, it } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { checkPage } from '../../lib/checks/page';
import { withoutPersonalData } from '../../lib/pages/privacy';
import { PageReport } from '../../lib/schema/facts';
import { TODAY, parseHtml } from '../pages/load';

/** The bugs the fuzzing found in lib/pages, each pinned by the smallest page that showed it. */
const observe = (html: string, url: string) => checkPage(parseHtml(html, url), new URL(url), targetsInForce([]), TODAY).report;

describe('found by fuzzing', () => {
  it('strips a phone or ID number that textContent runs into the name before it', () => {
    // "Đinh Quang Huy<small>0366 789 012</small>" reads as "Đinh Quang Huy0366 789 012".
    expect(withoutPersonalData('Đinh Quang Huy0366 789 012Thôn Pác Luống')).toBe('Đinh Quang Huy…Thôn Pác Luống');
    expect(withoutPersonalData('Nguyễn Thị Hạnh020186003344')).toBe('Nguyễn Thị Hạnh…');
    // Dossier codes and dates keep their digits.
    expect(withoutPersonalData('000.31.20.H33-260504-0001 ngày 15/05/2026')).toBe('000.31.20.H33-260504-0001 ngày 15/05/2026');
  });

  it('does not take a CCCD or a phone under a "Mã hồ sơ" label for a dossier code', () => {
    const url = 'https://motcua.langson.gov.vn/vi/dossier/search/6641a0c1e4b0a1d2c3e4f505';
    const detail = (code: string) => `<dl><dt>Mã hồ sơ</dt><dd>${code}</dd><dt>Ngày hẹn trả</dt><dd>22/05/2026</dd></dl>`;
    expect(observe(detail('020186003344'), url).dossiers).toEqual([]);
    expect(observe(detail('0912345678'), url).dossiers).toEqual([]);
    expect(observe(detail('HS2026-0042'), url).dossiers?.map((d) => d.code)).toEqual(['HS2026-0042']);
  });

  it('does not take a phone under the code column of a feedback list for a feedback code', () => {
    const url = 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-tra-cuu-phan-anh.html';
    const report = observe(
      `<h1>Phản ánh, kiến nghị</h1><table><thead><tr><th>Mã phản ánh</th><th>Hạn xử lý</th></tr></thead><tbody>
       <tr><td>0987654321</td><td>23/04/2026</td></tr><tr><td>PA-2026-004512</td><td>23/04/2026</td></tr></tbody></table>`,
      url,
    );
    expect(report.feedback?.map((f) => f.code)).toEqual(['PA-2026-004512']);
  });

  it('reads a number too long to be finite as no number, so the report still validates', () => {
    const digits = '9'.repeat(400);
    const index = observe(
      `<table><thead><tr><th>Tên đơn vị</th><th>Mức độ hài lòng</th><th>Tổng điểm</th></tr></thead>
       <tbody><tr><td>UBND xã Hoàng Văn Thụ</td><td>${digits}</td><td>85,5</td></tr></tbody></table>`,
      'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu',
    );
    expect(index.indexScores?.[0]).toMatchObject({ groups: { MDHL: null }, total: 85.5 });
    expect(PageReport.safeParse(index).success).toBe(true);

    const procedure = observe(
      `<table><tr><td>Mã thủ tục</td><td>1.000253</td></tr><tr><td>Thời hạn giải quyết</td><td>${digits} ngày</td></tr></table>`,
      'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/chi-tiet/1.000253',
    );
    expect(procedure.procedure?.processingDays).toBeNull();
    expect(PageReport.safeParse(procedure).success).toBe(true);
  });
});
