import { describe, expect, it } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { renderFinding } from '../../lib/indicators/render';
import { dvcProcedure } from '../../lib/pages/dvcProcedure';
import { checkPage } from '../../lib/checks/page';
import { TODAY, loadFixture } from './load';

const read = (file: string, url: string) => dvcProcedure.extract(loadFixture(file, url), new URL(url));

describe('procedure pages', () => {
  it('reads the older national page (div rows, "Mức độ 3")', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001108';
    const { facts, anchors } = read('dvc-procedure-old.html', url);
    expect(facts.procedure).toEqual({
      code: '1.001108',
      name: 'Đăng ký kết hôn',
      level: 'Cấp Xã',
      field: 'Hộ tịch',
      onlineLevel: 'partial',
      submissionChannels: ['direct', 'online'],
      processingDays: 5,
      eResult: false,
      onlinePayment: null,
    });
    expect(anchors.get('1.001108')?.textContent).toBe('1.001108');
  });

  it('reads the newer national page (dl, level badge, channel table, result section)', () => {
    const url = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/chi-tiet/1.000253';
    expect(read('dvc-procedure-new.html', url).facts.procedure).toEqual({
      code: '1.000253',
      name: 'Cấp bản sao trích lục hộ tịch',
      level: 'Cấp Tỉnh, Cấp Xã',
      field: 'Hộ tịch',
      onlineLevel: 'full',
      submissionChannels: ['direct', 'online', 'postal'],
      processingDays: 1,
      eResult: true,
      onlinePayment: true,
    });
  });

  it("reads a provincial portal's two-column table and keeps the province's code variant", () => {
    const url = 'https://dichvucong.langson.gov.vn/web/guest/chi-tiet-thu-tuc?ma=1.012753.H33';
    const doc = loadFixture('langson-procedure.html', url);
    expect(dvcProcedure.matches(new URL(url), doc)).toBe(true);
    expect(dvcProcedure.extract(doc, new URL(url)).facts.procedure).toEqual({
      code: '1.012753.H33',
      name: 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      level: null,
      field: 'Liên thông thủ tục hành chính',
      onlineLevel: 'full',
      submissionChannels: ['online'],
      processingDays: 7,
      eResult: true,
      onlinePayment: null,
    });
  });

  it('checks the older page against the full-online and e-result targets', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001108';
    const { report } = checkPage(loadFixture('dvc-procedure-old.html', url), new URL(url), targetsInForce([]), TODAY);
    expect(report.findings.map((f) => [f.id, f.status, renderFinding(f, 'vi')])).toEqual([
      ['procedure.full_online_procedure_rate:1.001108', 'fail', 'Thủ tục mới cung cấp dịch vụ công trực tuyến một phần, chưa toàn trình'],
      ['procedureEResult:1.001108', 'fail', 'Thủ tục chưa trả kết quả điện tử'],
    ]);
  });

  it('does not take a numeric internal id from the URL for a code', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7603';
    const doc = loadFixture('dvc-procedure-old.html', url);
    doc.querySelectorAll('.row')[0].remove();
    expect(dvcProcedure.matches(new URL(url), doc)).toBe(true);
    expect(dvcProcedure.extract(doc, new URL(url)).facts.procedure?.code).toBeNull();
  });
});
