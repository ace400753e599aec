import { describe, expect, it } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { checkPage } from '../../lib/checks/page';
import { cleanTitle, cleanUrl, withoutPersonalData } from '../../lib/pages/privacy';
import { TODAY, fixtureIndex, loadFixture, parseHtml, renderFixture } from './load';

// What the fixtures seed into the pages: applicants' names, ID numbers, phones, e-mails, addresses.
const SEEDED = [
  'Nguyễn Văn An', 'Hoàng Thị Mai', 'Lương Văn Bình', 'Vi Thị Hồng', 'Đinh Quang Huy', 'Triệu Thị Lan', 'Lăng Văn Phúc', 'Chu Thị Ngọc',
  '020190001234', '020185004321', '082345678', '020193001122',
  '0912 345 678', '0987654321', '0977 333 444',
  'an.nguyen@gmail.com', 'maiht85@yahoo.com.vn',
  'Thôn Nà Làng', 'Trần Đăng Ninh', 'Khối 5',
];
const PATTERNS = [/@[a-z0-9.-]+\.[a-z]{2,}/i, /\b\d{12}\b/, /\b\d{9}\b/, /\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b/, /(?<!\p{L})(thôn|khối|ngõ|số nhà)(?!\p{L})/iu];

function leaks(json: string): string[] {
  return [...SEEDED.filter((s) => json.includes(s)), ...PATTERNS.filter((p) => p.test(json)).map(String)];
}

/** Every column of this page carries personal data, even those the extractor reads. */
const HOSTILE = `<!DOCTYPE html><html><body><h1>Tra cứu hồ sơ</h1><table>
<thead><tr><th>Mã hồ sơ</th><th>Thủ tục hành chính</th><th>Chủ hồ sơ</th><th>Số CCCD</th><th>Điện thoại</th><th>Thư điện tử</th><th>Địa chỉ</th><th>Trạng thái</th><th>Ngày hẹn trả</th></tr></thead>
<tbody>
<tr><td>000.31.20.H33-260504-0001 Nguyễn Văn An</td><td>Đăng ký khai sinh cho ông Nguyễn Văn An, CCCD 020190001234, ĐT 0912 345 678</td><td>Nguyễn Văn An</td><td>020190001234</td><td>0912 345 678</td><td>an.nguyen@gmail.com</td><td>Thôn Nà Làng, xã Hoàng Văn Thụ</td><td>Đang xử lý – liên hệ bà Hoàng Thị Mai 0987654321 maiht85@yahoo.com.vn</td><td>22/05/2026</td></tr>
</tbody></table></body></html>`;

describe('no personal data leaves the extractors', () => {
  it('strips e-mails, phones, ID numbers and addressed names from free text', () => {
    expect(withoutPersonalData('Đăng ký khai sinh cho ông Nguyễn Văn An, CCCD 020190001234, ĐT 0912 345 678, an@gmail.com')).toBe(
      'Đăng ký khai sinh cho … , CCCD …, ĐT …, …',
    );
  });

  it('yields none of it from a page full of it', () => {
    const url = 'https://motcua.langson.gov.vn/vi/dossier/search';
    const { report } = checkPage(parseHtml(HOSTILE, url), new URL(url), targetsInForce([]), TODAY);
    expect(report.dossiers?.map((d) => d.code)).toEqual(['000.31.20.H33-260504-0001']);
    const json = JSON.stringify(report);
    expect(leaks(json)).toEqual([]);
  });

  it('yields none of it from any fixture page, saved or rendered', async () => {
    for (const entry of fixtureIndex()) {
      const saved = JSON.stringify(checkPage(loadFixture(entry.file, entry.url), new URL(entry.url), targetsInForce([]), TODAY).report);
      expect({ file: entry.file, leaks: leaks(saved) }).toEqual({ file: entry.file, leaks: [] });
      const { doc, window } = await renderFixture(entry.file, entry.url);
      const rendered = JSON.stringify(checkPage(doc, new URL(entry.url), targetsInForce([]), TODAY).report);
      await window.happyDOM.close();
      expect({ file: entry.file, leaks: leaks(rendered) }).toEqual({ file: entry.file, leaks: [] });
    }
  });
});

describe('names in free text, addresses and titles', () => {
  it('removes a name after any form of address a summary uses', () => {
    const cases: [string, string][] = [
      ['Về việc hỗ trợ cho trẻ Lê Bảo Ngọc có hoàn cảnh khó khăn', 'Về việc hỗ trợ cho … có hoàn cảnh khó khăn'],
      ['Hỗ trợ hộ gia đình ông Lò Văn Pọm bị thiệt hại', 'Hỗ trợ … bị thiệt hại'],
      ['Hỗ trợ hộ gia đình Nguyễn Văn Tám', 'Hỗ trợ …'],
      ['Trả lời anh/chị Minh về thủ tục', 'Trả lời … về thủ tục'],
      ['Đơn của ông/bà Trần Thị Thu Hà.', 'Đơn của … .'],
      ['Xác nhận cho cháu Hà Anh', 'Xác nhận cho …'],
      ['Kế hoạch cải cách hành chính năm 2026', 'Kế hoạch cải cách hành chính năm 2026'],
    ];
    for (const [text, clean] of cases) expect(withoutPersonalData(text)).toBe(clean);
  });

  it('keeps places named with a form of address, and still removes the people', () => {
    const cases: [string, string][] = [
      ['Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu', 'Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu'],
      ['Cổng dịch vụ công Bà Rịa - Vũng Tàu', 'Cổng dịch vụ công Bà Rịa - Vũng Tàu'],
      ['UBND thành phố Bà Rịa', 'UBND thành phố Bà Rịa'],
      ['Số 20 đường Bà Triệu, phường Đông Kinh', 'Số 20 đường Bà Triệu, phường Đông Kinh'],
      ['Xã Bà Điểm', 'Xã Bà Điểm'],
      ['huyện Anh Sơn, tỉnh Nghệ An', 'huyện Anh Sơn, tỉnh Nghệ An'],
      ['Bà Nguyễn Thị Mai đề nghị cấp lại', '… đề nghị cấp lại'],
      ['Ông Lò Văn Pọm, xã Bà Điểm', '… , xã Bà Điểm'],
      ['tỉnh Bà Rịa - Vũng Tàu trả lời bà Trần Thị Thu về hồ sơ', 'tỉnh Bà Rịa - Vũng Tàu trả lời … về hồ sơ'],
      ['Trả lời Anh Minh về thủ tục', 'Trả lời … về thủ tục'],
      ['Hỗ trợ cho trẻ Lê Bảo Ngọc ở xã Bà Điểm', 'Hỗ trợ cho … ở xã Bà Điểm'],
      ['Hỗ trợ hộ gia đình Nguyễn Văn Tám', 'Hỗ trợ …'],
      ['Trả lời anh/chị Minh', 'Trả lời …'],
      ['người dân ở xã bà Mai', 'người dân ở xã …'],
    ];
    for (const [text, clean] of cases) expect(withoutPersonalData(text), text).toBe(clean);
  });

  it("keeps only the address's parameters that name no one", () => {
    const url = 'https://motcua.langson.gov.vn/vi/dossier/search?chuHoSo=Nguy%E1%BB%85n+V%C4%83n+An&cccd=020190001234&sdt=0912345678&q=0987654321&page=2&code=000.31.20.H33-260504-0001#/x?ten=An';
    expect(cleanUrl(url)).toBe('https://motcua.langson.gov.vn/vi/dossier/search?page=2&code=000.31.20.H33-260504-0001');
    expect(cleanTitle('Hồ sơ của bà Hoàng Thị Mai - 0987654321')).toBe('Hồ sơ của … - …');
  });
});
