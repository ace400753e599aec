import { describe, expect, it } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { checkPage } from '../../lib/checks/page';
import { bigDossierListHtml } from '../fixtures/pages/generate';
import { TODAY, parseHtml } from './load';

const URL_TEXT = 'https://motcua.langson.gov.vn/vi/dossier/search';

// Its speed is measured in Chromium by `npm run bench` (extract1000RowsMs); tests never assert timings.
describe('a 1,000-row one-stop list', () => {
  const doc = parseHtml(bigDossierListHtml(1000), URL_TEXT);

  it('is read and checked whole, with every kind of shortfall', () => {
    const { report, anchors } = checkPage(doc, new URL(URL_TEXT), targetsInForce([]), TODAY);
    expect(report.dossiers).toHaveLength(1000);
    expect(anchors.size).toBe(1001);
    const failed = new Set(report.findings.filter((f) => f.status === 'fail').map((f) => f.check));
    expect([...failed].sort()).toEqual([
      'procedure.data_reuse_rate', 'procedure.digitization_rate', 'procedure.e_result_rate', 'procedure.on_time_rate', 'procedure.satisfaction_rate',
    ]);
  });
});

describe('dates on portal pages', () => {
  it('reads day-first dates and refuses impossible ones', async () => {
    const { firstDateIn } = await import('../../lib/pages/dates');
    expect(firstDateIn('Ngày tiếp nhận: 29/02/2028 08:15')).toBe('2028-02-29');
    expect(firstDateIn('29/02/2026')).toBeNull();
    expect(firstDateIn('31/04/2026')).toBeNull();
    expect(firstDateIn('12/05/0026')).toBeNull();
    expect(firstDateIn('1/7/2026')).toBe('2026-07-01');
  });
});

describe('the caps of one page', () => {
  it('reads at most 5,000 rows and 1,000 characters a field, and says what it left', () => {
    const doc = parseHtml(bigDossierListHtml(5100), URL_TEXT);
    doc.querySelector('tbody tr td:nth-child(3)')!.textContent = 'Đăng ký khai sinh '.repeat(20_000);
    const { report } = checkPage(doc, new URL(URL_TEXT), [], TODAY);
    expect(report.dossiers).toHaveLength(5000);
    expect(report.dossiers![0].procedureName!.length).toBeLessThanOrEqual(1000);
    expect(report.notes).toMatchObject({ droppedRows: 1, cutFields: 1 });
    // Parsing 5,100 rows in happy-dom takes seconds on a busy machine; the time is not what is tested.
  }, 120_000);
});
