import { afterEach, describe, expect, it } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { renderFinding } from '../../lib/indicators/render';
import type { Window } from 'happy-dom';
import { onestopDossierList } from '../../lib/pages/onestopDossierList';
import { checkPage } from '../../lib/checks/page';
import { Dossier, PageReport } from '../../lib/schema/facts';
import { TODAY, loadFixture, renderFixture } from './load';

const SEARCH_URL = 'https://motcua.langson.gov.vn/vi/dossier/search';
const PROCESSING_URL = 'https://motcua.langson.gov.vn/vi/dossier/processing';

type Row = [string, string, Dossier['channel'], string, string, string, string | null, boolean, boolean | null, boolean | null, boolean | null, boolean | null, Dossier['rating']];
const dossier = ([code, procedureName, channel, status, receivedAt, dueAt, completedAt, resolved, onTime, eResult, digitized, dataReuse, rating]: Row): Dossier => ({
  code, procedureName, channel, status, receivedAt, dueAt, completedAt, resolved, onTime, eResult, digitized, dataReuse, rating,
});

describe('one-stop dossier list, iGate <table> layout (Tra cứu hồ sơ)', () => {
  const doc = loadFixture('motcua-dossier-search.html', SEARCH_URL);
  const { facts, anchors } = onestopDossierList.extract(doc, new URL(SEARCH_URL));

  it('reads every field of every row', () => {
    expect(facts.dossiers).toEqual(
      ([
        ['000.31.20.H33-260504-0001', 'Đăng ký khai sinh', 'online', 'Đã trả kết quả', '2026-05-04', '2026-05-05', '2026-05-05', true, true, true, true, true, 'very_satisfied'],
        ['000.31.20.H33-260504-0002', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'direct', 'Đã trả kết quả', '2026-05-04', '2026-05-04', '2026-05-04', true, true, false, true, false, 'satisfied'],
        ['000.31.20.H33-260512-0005', 'Đăng ký kết hôn', 'online', 'Đang xử lý', '2026-05-12', '2026-05-15', null, false, null, null, false, false, null],
        ['000.31.20.H33-260506-0006', 'Cấp bản sao trích lục hộ tịch', 'postal', 'Đã xử lý xong', '2026-05-06', '2026-05-08', '2026-05-11', true, false, true, true, true, 'dissatisfied'],
        ['000.31.20.H33-260518-0009', 'Xác nhận tình trạng hôn nhân', 'online', 'Đang xử lý', '2026-05-18', '2026-05-22', null, false, null, null, true, true, null],
        ['000.31.20.H33-260507-0011', 'Đăng ký khai tử', 'direct', 'Công dân yêu cầu rút hồ sơ', '2026-05-07', '2026-05-08', null, false, null, null, false, false, null],
        ['000.31.20.H33-260519-0012', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'direct', 'Yêu cầu bổ sung giấy tờ', '2026-05-19', '2026-05-21', null, false, null, null, true, false, null],
        ['000.31.20.H33-260513-0013', 'Đăng ký khai sinh', 'online', 'Đã trả kết quả', '2026-05-13', '2026-05-14', '2026-05-14', true, true, true, true, true, 'satisfied'],
      ] as Row[]).map(dossier),
    );
  });

  it('anchors each dossier to its row and the rates to the table', () => {
    expect(anchors.get('000.31.20.H33-260506-0006')?.tagName).toBe('TR');
    expect(anchors.get('000.31.20.H33-260506-0006')?.textContent).toContain('Cấp bản sao trích lục hộ tịch');
    expect(anchors.get('list')?.tagName).toBe('TABLE');
    expect(anchors.size).toBe(9);
  });

  it('classifies by URL even before the list has rendered, and by content elsewhere', () => {
    const empty = loadFixture('motcua-dossier-search.html', SEARCH_URL);
    empty.querySelector('tbody')?.replaceChildren();
    expect(onestopDossierList.matches(new URL(SEARCH_URL), empty)).toBe(true);
    expect(onestopDossierList.extract(empty, new URL(SEARCH_URL)).facts.dossiers).toEqual([]);
    expect(onestopDossierList.matches(new URL('https://hcc.example.gov.vn/tra-cuu?x=1'), doc)).toBe(true);
    expect(onestopDossierList.matches(new URL('https://hcc.example.gov.vn/tra-cuu?x=1'), empty)).toBe(true);
    empty.querySelector('table')?.remove();
    expect(onestopDossierList.matches(new URL('https://hcc.example.gov.vn/tra-cuu?x=1'), empty)).toBe(false);
  });
});

describe('one-stop dossier list, iGate ARIA grid rendered by the app after load', () => {
  let window: Window | undefined;
  afterEach(async () => {
    await window?.happyDOM.close();
    window = undefined;
  });

  it('sees no rows in the saved markup, and every row once the script has rendered them', async () => {
    const saved = loadFixture('motcua-dossier-processing.html', PROCESSING_URL);
    expect(onestopDossierList.extract(saved, new URL(PROCESSING_URL)).facts.dossiers).toEqual([]);

    const rendered = await renderFixture('motcua-dossier-processing.html', PROCESSING_URL);
    window = rendered.window;
    const { facts, anchors } = onestopDossierList.extract(rendered.doc, new URL(PROCESSING_URL));
    expect(facts.dossiers).toEqual(
      ([
        ['000.31.20.H33-260511-0003', 'Đăng ký khai sinh', 'online', 'Đã trả kết quả', '2026-05-11', '2026-05-12', '2026-05-12', true, true, true, true, true, 'very_satisfied'],
        ['000.31.20.H33-260514-0007', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'direct', 'Đã trả kết quả', '2026-05-14', '2026-05-14', '2026-05-14', true, true, false, true, false, 'satisfied'],
        ['000.31.20.H33-260508-0004', 'Đăng ký kết hôn', 'online', 'Đang xử lý', '2026-05-08', '2026-05-12', null, false, false, null, false, false, null],
        ['000.31.20.H33-260519-0010', 'Cấp bản sao trích lục hộ tịch', 'postal', 'Được tiếp nhận', '2026-05-19', '2026-05-21', null, false, true, null, true, false, null],
        ['000.31.20.H33-260505-0002', 'Đăng ký thay đổi, cải chính hộ tịch', 'direct', 'Đã trả kết quả', '2026-05-05', '2026-05-08', '2026-05-12', true, false, true, true, true, 'dissatisfied'],
        ['000.31.20.H33-260515-0008', 'Đăng ký khai tử', 'online', 'Dừng xử lý', '2026-05-15', '2026-05-18', null, false, null, null, false, false, null],
      ] as Row[]).map(dossier),
    );
    expect(anchors.get('000.31.20.H33-260508-0004')?.getAttribute('role')).toBe('row');
    expect(anchors.get('list')?.getAttribute('role')).toBe('grid');
  });

  it('picks up a re-render without reload: paging and "Tải lại"', async () => {
    const rendered = await renderFixture('motcua-dossier-processing.html', PROCESSING_URL);
    window = rendered.window;
    const url = new URL(PROCESSING_URL);
    const pageTwo = rendered.doc.querySelector('button[data-page="1"]') as HTMLButtonElement;
    pageTwo.click();
    const second = onestopDossierList.extract(rendered.doc, url).facts.dossiers ?? [];
    expect(second.map((d) => [d.code, d.status, d.onTime, d.eResult, d.digitized, d.dataReuse, d.rating])).toEqual([
      ['000.31.20.H33-260502-0001', 'Đã trả kết quả', true, true, true, true, 'satisfied'],
      ['000.31.20.H33-260520-0014', 'Mới đăng ký', true, null, true, false, null],
      ['000.31.20.H33-260509-0006', 'Đã trả kết quả', true, false, false, false, 'very_satisfied'],
    ]);
    expect(second[0].procedureName).toBe('Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi');

    const before = onestopDossierList.extract(rendered.doc, url).anchors.get('000.31.20.H33-260502-0001');
    (rendered.doc.getElementById('reload') as HTMLButtonElement).click();
    await rendered.window.happyDOM.waitUntilComplete();
    const after = onestopDossierList.extract(rendered.doc, url).anchors.get('000.31.20.H33-260502-0001');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(after?.isConnected).toBe(true);
  });

  it('reports findings for the rendered rows that validate against the schema', async () => {
    const rendered = await renderFixture('motcua-dossier-processing.html', PROCESSING_URL);
    window = rendered.window;
    const { report } = checkPage(rendered.doc, new URL(PROCESSING_URL), targetsInForce([]), TODAY);
    expect(PageReport.parse(report).kind).toBe('onestop.dossier_list');
    const failing = report.findings.filter((f) => f.status === 'fail').map((f) => f.id);
    // 0008 is not yet received: no indicator counts it.
    expect(failing).toEqual([
      'procedure.e_result_rate:000.31.20.H33-260514-0007',
      'procedure.data_reuse_rate:000.31.20.H33-260514-0007',
      'procedure.data_reuse_rate:000.31.20.H33-260508-0004',
      'procedure.digitization_rate:000.31.20.H33-260508-0004',
      'procedure.on_time_rate:000.31.20.H33-260508-0004',
      'procedure.data_reuse_rate:000.31.20.H33-260519-0010',
      'procedure.on_time_rate:000.31.20.H33-260505-0002',
      'procedure.e_result_rate:list',
      'procedure.data_reuse_rate:list',
      'procedure.satisfaction_rate:list',
    ]);
    const late = report.findings.find((f) => f.id === 'procedure.on_time_rate:000.31.20.H33-260508-0004')!;
    expect(renderFinding(late, 'vi')).toBe('Quá hạn 6 ngày làm việc (hạn trả 12/05/2026), chưa có kết quả');
  });
});
