import { describe, expect, it } from 'vitest';
import { observationsFromReport, upsertObservations } from '../../lib/db/observations';
import { loadTargetsView } from '../../lib/views/targets';
import { emptyDb } from '../views/emptyDb';
import { exportFromDb } from '../../lib/export/exportJson';
import { SHEET_NAMES, workbookFromExport } from '../../lib/export/workbook';
import { INDICATORS } from '../../lib/indicators';
import { describeTarget, targetsInForce } from '../../lib/indicators/targets';
import { periodOf } from '../../lib/time/periods';
import { checkPage } from '../../lib/checks/page';
import { TODAY, fixtureIndex, renderFixture } from '../pages/load';

const STATUS_OF_FINDING = { pass: 'met', fail: 'not_met' } as const;

/**
 * The acceptance of "one truth per indicator": on every fixture page, the
 * rates the page's findings show are the side panel's metrics for the same
 * dossiers and the workbook's, indicator by indicator, with the same targets.
 */
describe('one truth per indicator, over every fixture page', () => {
  const year = periodOf('year', TODAY);
  for (const entry of fixtureIndex()) {
    it(`${entry.file}: page, side panel and workbook agree`, async () => {
      const { doc, window } = await renderFixture(entry.file, entry.url);
      const { report } = checkPage(doc, new URL(entry.url), targetsInForce([]), TODAY);
      window.happyDOM.abort();
      // What the page shows of each indicator: a list's rate, or its marks on each item.
      const shown = INDICATORS.flatMap((indicator) => {
        const rate = report.findings.find((f) => f.id === `${indicator.key}:list`);
        if (rate) return [{ indicator, met: rate.message.params?.met ?? 0, counted: rate.message.params?.counted ?? 0, status: rate.status, target: rate.target }];
        const marks = report.findings.filter((f) => f.check === indicator.key && f.subject !== 'list');
        if (!marks.length) return [];
        const met = marks.filter((f) => f.status === 'pass').length;
        return [{ indicator, met, counted: met + marks.filter((f) => f.status === 'fail').length, status: 'na' as const, target: marks[0].target }];
      });
      if (!report.dossiers?.length && !report.feedback?.length && !report.procedure) {
        expect(shown).toEqual([]);
        return;
      }
      const db = await emptyDb();
      const observations = observationsFromReport(report, { host: new URL(entry.url).host, unit: null, now: 1, today: TODAY });
      // Every item counts in the period compared, so the three surfaces see the same items.
      expect(observations.every((o) => o.date === null || (o.date >= year.from && o.date <= year.to))).toBe(true);
      await upsertObservations(db, observations);
      const panel = new Map((await loadTargetsView(year, TODAY, null)).rows.map((r) => [r.metric.indicator, r.metric]));
      const sheet = workbookFromExport(await exportFromDb(db), year, TODAY).find((t) => t.name === SHEET_NAMES.metrics)!;
      const workbook = new Map(sheet.rows.map((r) => [r[0], r]));

      expect(shown.length).toBeGreaterThan(0);
      // Every indicator the side panel counts over these items is on the page: a list shows its rate, a single item its marks.
      const onPage = new Set(shown.map((s) => s.indicator.key));
      const isList = report.kind.endsWith('list');
      for (const indicator of INDICATORS) {
        if (!panel.get(indicator.key)?.denominator || (!isList && !indicator.marksEachItem)) continue;
        expect(onPage.has(indicator.key), `${indicator.key}: counted in the side panel, not shown on the page`).toBe(true);
      }
      for (const { indicator, met, counted, status, target: value } of shown) {
        const m = panel.get(indicator.key);
        expect([m?.numerator ?? 0, m?.denominator ?? 0], `${indicator.key}: side panel`).toEqual([met, counted]);
        const row = workbook.get(indicator.name.vi)!;
        expect([row[1], row[2]], `${indicator.key}: workbook`).toEqual([met, counted]);
        if (status !== 'na') expect(m?.status, `${indicator.key}: verdict`).toBe(STATUS_OF_FINDING[status]);
        // The same target in force everywhere, with no plan imported.
        const target = value === undefined ? null : describeTarget({ comparator: 'gte', value });
        expect(m?.target ? describeTarget(m.target) : null, `${indicator.key}: panel target`).toBe(target);
        expect(row[4], `${indicator.key}: workbook target`).toBe(target);
      }
    });
  }
});

describe('targets in force with no plan imported', () => {
  it('are the same in the side panel and in the workbook, for every indicator', async () => {
    const db = await emptyDb();
    const view = await loadTargetsView(periodOf('month', TODAY), TODAY, null);
    const sheet = workbookFromExport(await exportFromDb(db), periodOf('month', TODAY), TODAY).find((t) => t.name === SHEET_NAMES.metrics)!;
    const inPanel = new Map(view.rows.map((r) => [r.metric.name, r.metric.target ? describeTarget(r.metric.target) : null]));
    const inWorkbook = new Map(sheet.rows.filter((r) => r[4] !== null).map((r) => [r[0], r[4]]));
    expect(inWorkbook).toEqual(new Map([...inPanel].filter(([, t]) => t !== null)));
    expect([...inWorkbook.values()]).toEqual(['≥ 100%', '≥ 80%', '≥ 100%', '≥ 90%']);
  });
});
