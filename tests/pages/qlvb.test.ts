import { describe, expect, it } from 'vitest';
import { isCchcPlan } from '../../lib/pages/documentFields';
import { qlvbDocument } from '../../lib/pages/qlvbDocument';
import { qlvbDocumentList } from '../../lib/pages/qlvbDocumentList';
import { loadFixture } from './load';

describe('document-management lists', () => {
  it('reads the iOffice incoming list and recognises the CCHC plans', () => {
    const url = 'https://ioffice.langson.gov.vn/qlvb/van-ban-den/danh-sach';
    const { facts, anchors } = qlvbDocumentList.extract(loadFixture('ioffice-document-list.html', url), new URL(url));
    expect(facts.documents).toEqual([
      { number: '312/KH-UBND', issuer: 'UBND tỉnh Lạng Sơn', summary: 'Kế hoạch cải cách hành chính nhà nước tỉnh Lạng Sơn năm 2026', issuedAt: '2025-12-25', receivedAt: '2025-12-26', dueAt: '2026-01-15', urgency: 'normal', type: 'Kế hoạch', isCchcPlan: true },
      { number: '1520/UBND-KSTT', issuer: 'Văn phòng UBND tỉnh', summary: 'V/v báo cáo kết quả thực hiện Bộ chỉ số 766 quý I/2026', issuedAt: '2026-04-02', receivedAt: '2026-04-03', dueAt: '2026-04-10', urgency: 'urgent', type: 'Công văn', isCchcPlan: false },
      { number: '45/KH-SNV', issuer: 'Sở Nội vụ', summary: 'Kế hoạch kiểm tra công tác CCHC năm 2026', issuedAt: '2026-03-28', receivedAt: '2026-03-30', dueAt: null, urgency: 'normal', type: 'Kế hoạch', isCchcPlan: true },
      { number: '88/QĐ-UBND', issuer: 'UBND tỉnh Lạng Sơn', summary: 'Quyết định công bố danh mục thủ tục hành chính được thực hiện toàn trình', issuedAt: '2026-04-15', receivedAt: '2026-04-15', dueAt: '2026-04-17', urgency: 'flash', type: 'Quyết định', isCchcPlan: false },
      { number: '210/KH-UBND', issuer: 'UBND tỉnh Lạng Sơn', summary: 'Kế hoạch tổ chức Lễ hội Kỳ Lừa năm 2026', issuedAt: '2026-04-20', receivedAt: '2026-04-21', dueAt: '2026-04-30', urgency: 'very_urgent', type: 'Kế hoạch', isCchcPlan: false },
    ]);
    expect(anchors.get('312/KH-UBND')?.tagName).toBe('TR');
  });

  it('reads an eOffice ARIA grid with other label wordings', () => {
    const url = 'https://vpdt.langson.gov.vn/van-ban-den/cho-xu-ly';
    const { facts } = qlvbDocumentList.extract(loadFixture('vpdt-document-list.html', url), new URL(url));
    expect(facts.documents).toEqual([
      { number: '49/KH-UBND', issuer: 'UBND xã Hoàng Văn Thụ', summary: 'Kế hoạch cải cách hành chính năm 2026', issuedAt: '2026-01-12', receivedAt: '2026-01-12', dueAt: '2026-01-31', urgency: 'normal', type: 'Kế hoạch', isCchcPlan: true },
      { number: '96/UBND-VP', issuer: 'UBND xã Hoàng Văn Thụ', summary: 'V/v đôn đốc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', issuedAt: '2026-05-05', receivedAt: '2026-05-05', dueAt: '2026-05-15', urgency: 'urgent', type: 'Công văn', isCchcPlan: false },
    ]);
  });
});

describe('document pages', () => {
  it('reads the iOffice page of a CCHC plan (four-cell rows) so the UI can offer to read it', () => {
    const url = 'https://ioffice.langson.gov.vn/qlvb/van-ban-den/chi-tiet/145236';
    const doc = loadFixture('ioffice-document-plan.html', url);
    expect(qlvbDocument.matches(new URL(url), doc)).toBe(true);
    const { facts, anchors } = qlvbDocument.extract(doc, new URL(url));
    expect(facts.documents).toEqual([
      { number: '49/KH-UBND', issuer: 'Ủy ban nhân dân xã Hoàng Văn Thụ', summary: 'Kế hoạch cải cách hành chính năm 2026', issuedAt: '2026-01-12', receivedAt: '2026-01-12', dueAt: '2026-01-31', urgency: 'normal', type: 'Kế hoạch', isCchcPlan: true },
    ]);
    expect(anchors.get('49/KH-UBND')?.textContent).toBe('49/KH-UBND');
  });

  it('reads an eOffice page laid out as dt/dd; a công văn is not a plan', () => {
    const url = 'https://vpdt.langson.gov.vn/van-ban-den/chi-tiet?id=8812';
    const { facts } = qlvbDocument.extract(loadFixture('vpdt-document.html', url), new URL(url));
    expect(facts.documents).toEqual([
      { number: '96/UBND-VP', issuer: 'UBND xã Hoàng Văn Thụ', summary: 'V/v đôn đốc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', issuedAt: '2026-05-05', receivedAt: '2026-05-05', dueAt: '2026-05-15', urgency: 'urgent', type: 'Công văn', isCchcPlan: false },
    ]);
  });

  it('recognises a CCHC plan by number or type and by its wording', () => {
    expect(isCchcPlan('49/KH-UBND', '', 'Kế hoạch cải cách hành chính năm 2026')).toBe(true);
    expect(isCchcPlan('12/UBND', 'Kế hoạch', 'Kế hoạch CCHC 6 tháng cuối năm 2025')).toBe(true);
    expect(isCchcPlan('96/UBND-VP', 'Công văn', 'V/v cải cách hành chính')).toBe(false);
    expect(isCchcPlan('210/KH-UBND', 'Kế hoạch', 'Kế hoạch tổ chức Lễ hội Kỳ Lừa năm 2026')).toBe(false);
  });
});
