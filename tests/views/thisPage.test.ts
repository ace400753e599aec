import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../lib/db/db';
import { emptyDb } from './emptyDb';
import { checkPage } from '../../lib/checks/page';
import { INDICATORS } from '../../lib/indicators';
import { targetsInForce } from '../../lib/indicators/targets';
import type { Finding } from '../../lib/schema/facts';
import { TODAY, fixtureIndex, renderFixture } from '../pages/load';
import { dismissFinding, loadThisPage, pageCards, pageSummary, restoreFinding, subjectNames } from '../../lib/views/thisPage';

const f = (subject: string, indicator: string, status: Finding['status']): Finding => ({
  id: `${indicator}:${subject}`,
  check: indicator,
  indicator,
  status,
  subject,
  message: { key: `${subject} ${status}` },
});

const page = (tabId: number, observedAt: number, findings: Finding[] = []): PageRow => ({
  tabId,
  url: `https://motcua.langson.gov.vn/${tabId}`,
  kind: 'onestop.dossier_list',
  title: 'Hồ sơ',
  findings,
  observedAt,
  subjects: { 'H1.001': 'Cấp giấy phép xây dựng' },
});

const findings = [
  f('list', 'e_result', 'fail'),
  f('list', 'reuse', 'pass'),
  f('H1.001', 'e_result', 'fail'),
  f('H1.002', 'e_result', 'pass'),
  f('H1.002', 'reuse', 'na'),
];

describe('"Trang này" data', () => {
  it('is the open tab, else the last page read; null before any', async () => {
    const db = await emptyDb();
    expect(await loadThisPage(7)).toMatchObject({ page: null, isCurrent: false });
    await db.pages.bulkPut([page(1, 100), page(2, 200)]);
    expect(await loadThisPage(1)).toMatchObject({ page: { tabId: 1 }, isCurrent: true });
    expect(await loadThisPage(9)).toMatchObject({ page: { tabId: 2 }, isCurrent: false });
    expect(await loadThisPage(null)).toMatchObject({ page: { tabId: 2 }, isCurrent: false });
  });

  it('a finding set aside leaves the count and comes back on restore', async () => {
    await emptyDb();
    await dismissFinding('e_result:H1.001', 5);
    let { dismissed } = await loadThisPage(null);
    expect(pageSummary(findings, dismissed)).toEqual({ checked: 5, fails: 1, hidden: 1 });
    await restoreFinding('e_result:H1.001');
    ({ dismissed } = await loadThisPage(null));
    expect(pageSummary(findings, dismissed)).toEqual({ checked: 5, fails: 2, hidden: 0 });
  });

  it('says when nothing on the page was checked, rather than that all passes', () => {
    expect(pageSummary([], new Set())).toEqual({ checked: 0, fails: 0, hidden: 0 });
  });

  it('shows what falls short by default; a rate lists the dossiers it counts; cards are named by code and procedure', () => {
    const short = pageCards(page(1, 1, findings), new Set(), { indicator: '', status: 'fail', showDismissed: false });
    expect(short.rates.map((r) => r.finding.id)).toEqual(['e_result:list']);
    expect(short.rates[0].dossiers.map((d) => d.subject)).toEqual(['H1.001', 'H1.002']);
    expect(short.cards).toEqual([{ subject: 'H1.001', procedure: 'Cấp giấy phép xây dựng', worst: 'fail', findings: [findings[2]] }]);
    const all = pageCards(page(1, 1, findings), new Set(), { indicator: '', status: 'all', showDismissed: false });
    expect(all.cards.map((c) => [c.subject, c.procedure, c.worst])).toEqual([
      ['H1.001', 'Cấp giấy phép xây dựng', 'fail'],
      ['H1.002', null, 'na'],
    ]);
    const reuse = pageCards(page(1, 1, findings), new Set(['e_result:H1.001']), { indicator: 'reuse', status: 'all', showDismissed: false });
    expect([reuse.rates.length, reuse.cards.map((c) => c.subject)]).toEqual([1, ['H1.002']]);
  });

  it('keeps the procedure of each dossier the page shows', () => {
    const names = subjectNames({
      kind: 'onestop.dossier_list',
      findings: [],
      dossiers: [
        { code: 'A', procedureName: 'Đăng ký khai sinh' },
        { code: 'B', procedureName: null },
      ] as never,
    });
    expect(names).toEqual({ A: 'Đăng ký khai sinh' });
  });

  it('lists behind a rate only the dossiers its denominator counts: "3/4" opens four, not every dossier on the list', () => {
    const mixed = [f('list', 'satisfaction', 'fail'), f('A', 'satisfaction', 'pass'), f('B', 'satisfaction', 'fail'), f('C', 'satisfaction', 'na')];
    const { rates } = pageCards(page(1, 1, mixed), new Set(), { indicator: '', status: 'all', showDismissed: false });
    expect(rates[0].dossiers.map((d) => d.subject)).toEqual(['B', 'A']);
  });

  describe('on every fixture list, the dossiers behind each rate are the ones it counts', () => {
    const lists = fixtureIndex().filter((entry) => entry.kind.endsWith('list'));
    for (const entry of lists) {
      it(entry.file, async () => {
        const { doc, window } = await renderFixture(entry.file, entry.url);
        const { report } = checkPage(doc, new URL(entry.url), targetsInForce([]), TODAY);
        window.happyDOM.abort();
        const { rates } = pageCards(page(1, 1, report.findings), new Set(), { indicator: '', status: 'all', showDismissed: false });
        const marked = new Set<string>(INDICATORS.filter((i) => i.marksEachItem).map((i) => i.key));
        for (const { finding, dossiers } of rates.filter((r) => marked.has(r.finding.indicator ?? ''))) {
          const { met = 0, counted = 0 } = finding.message.params ?? {};
          expect([finding.indicator, dossiers.length, dossiers.filter((d) => d.status === 'pass').length]).toEqual([finding.indicator, counted, met]);
        }
      });
    }
  });
});
