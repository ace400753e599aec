import type { CchcDb } from '../../lib/db/db';
import { observationsFromReport, upsertObservations } from '../../lib/db/observations';
import { savePlan } from '../../lib/db/plans';
import { saveSettings } from '../../lib/db/settings';
import { provinces } from '../../lib/hosts/provinces';
import { checkPage } from '../../lib/checks/page';
import { targetsInForce } from '../../lib/indicators/targets';
import { parsePlanText } from '../../lib/plan/parse';
import { defaultSettings } from '../../lib/schema/settings';
import { planText } from '../fixtures/plans';
import { TODAY, fixtureIndex, loadFixture } from '../pages/load';

/**
 * Fills every table the way the extension does: a plan read from a real
 * seed, the observations of the fixture pages, settings, a checklist item,
 * an open tab's findings and a dismissal.
 */
export async function populate(db: CchcDb): Promise<void> {
  await savePlan(db, parsePlanText(planText('tam-thanh-2026.txt')), 'tam-thanh-2026.txt', 1_700_000_000_000);
  await saveSettings(db, {
    ...defaultSettings(),
    profile: { unit: 'UBND phường Tam Thanh', role: 'focal_point', province: 'langson' },
    hosts: provinces.find((p) => p.id === 'langson')!.hosts,
  });
  let tabId = 1;
  for (const entry of fixtureIndex()) {
    const { report } = checkPage(loadFixture(entry.file, entry.url), new URL(entry.url), targetsInForce([]), TODAY);
    await upsertObservations(db, observationsFromReport(report, { host: new URL(entry.url).host, unit: 'UBND phường Tam Thanh', now: 1_700_000_000_000, today: TODAY }));
    await db.pages.put({ tabId: tabId++, url: entry.url, kind: report.kind, title: entry.file, findings: report.findings, observedAt: 1_700_000_000_000 });
  }
  await db.checklist.put({ id: 'c1', label: 'Kiểm tra hồ sơ quá hạn', routine: true, doneOn: null, order: 1 });
  await db.dismissals.put({ id: 'onTime:000.31.20.H33-260504-0001', at: 3 });
}

/** Every row of every table, in key order, as one string: equal strings mean equal databases, byte for byte. */
export async function dump(db: CchcDb): Promise<string> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}
