import { describe, expect, it } from 'vitest';
import { onestopDossier } from '../../lib/pages/onestopDossier';
import { loadFixture } from './load';

describe('one-stop dossier detail', () => {
  it('reads an iGate detail laid out as label/value div rows, not the applicant section', () => {
    const url = 'https://motcua.langson.gov.vn/vi/dossier/processing/6641b2f0e4b0a1d2c3e4f777?procedure=6630e1a2b4c5d6e7f8a9b0c1&task=6641b2f0e4b0a1d2c3e4f778';
    const doc = loadFixture('motcua-dossier-detail-processing.html', url);
    expect(onestopDossier.matches(new URL(url), doc)).toBe(true);
    const { facts, anchors } = onestopDossier.extract(doc, new URL(url));
    expect(facts.dossiers).toEqual([
      {
        code: '000.31.20.H33-260505-0002',
        procedureName: 'Đăng ký thay đổi, cải chính hộ tịch',
        channel: 'direct',
        status: 'Đã trả kết quả',
        receivedAt: '2026-05-05',
        dueAt: '2026-05-08',
        completedAt: '2026-05-12',
        resolved: true,
        onTime: false,
        eResult: true,
        digitized: true,
        dataReuse: true,
        rating: 'dissatisfied',
      },
    ]);
    expect(anchors.get('000.31.20.H33-260505-0002')?.textContent).toBe('000.31.20.H33-260505-0002');
  });

  it('reads a detail laid out as dt/dd and "Nhãn: giá trị" lines with other label wordings', () => {
    const url = 'https://motcua.langson.gov.vn/vi/dossier/search/6641a0c1e4b0a1d2c3e4f505';
    const doc = loadFixture('motcua-dossier-detail-search.html', url);
    const { facts, anchors } = onestopDossier.extract(doc, new URL(url));
    expect(facts.dossiers).toEqual([
      {
        code: '000.31.20.H33-260512-0005',
        procedureName: 'Đăng ký kết hôn',
        channel: 'online',
        status: 'Đang xử lý',
        receivedAt: '2026-05-12',
        dueAt: '2026-05-15',
        completedAt: null,
        resolved: false,
        onTime: false,
        eResult: false,
        digitized: false,
        dataReuse: false,
        rating: null,
      },
    ]);
    expect(anchors.get('000.31.20.H33-260512-0005')?.tagName).toBe('DD');
  });

  it('recognises a detail page by its labels on another path, and returns nothing without a code', () => {
    const doc = loadFixture('motcua-dossier-detail-search.html', 'https://hcc.example.gov.vn/ho-so?id=5');
    expect(onestopDossier.matches(new URL('https://hcc.example.gov.vn/ho-so?id=5'), doc)).toBe(true);
    doc.querySelector('dl')?.remove();
    expect(onestopDossier.matches(new URL('https://hcc.example.gov.vn/ho-so?id=5'), doc)).toBe(false);
    expect(onestopDossier.extract(doc, new URL('https://hcc.example.gov.vn/ho-so?id=5')).facts.dossiers).toEqual([]);
  });
});
