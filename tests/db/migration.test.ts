import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import v1 from '../fixtures/db/v1.json';
import { openDb } from '../../lib/db/db';
import { DB_VERSION, storesV1, storesV4 } from '../../lib/db/schema-versions';
import { datedObservations, updateDigests, type DigestStore } from '../../lib/db/digests';
import { loadPeriodObservations } from '../../lib/db/observations';
import { periodOf } from '../../lib/time/periods';
import { dossier, dossierObs, feedback, feedbackObs, procedure, procedureObs } from '../build';
import { unitKey } from '../../lib/plan/units';

async function populatedV1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(storesV1);
  await old.open();
  for (const [table, rows] of Object.entries(v1)) await old.table(table).bulkPut(rows);
  old.close();
}

describe('database migration', () => {
  it('upgrades a populated v1 database to the current version without losing a row', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await populatedV1(name);
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const [table, rows] of Object.entries(v1)) {
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    const [k1, k2] = await db.tasks.bulkGet(['k1', 'k2']);
    expect(k1?.unitKeys).toEqual([unitKey('Phòng Văn hóa - Xã hội'), unitKey('Văn phòng HĐND và UBND')]);
    // "Phòng VH-XH" and "Phòng Văn hóa - Xã hội" are one unit after the upgrade.
    expect(k2?.unitKeys).toEqual([unitKey('Phòng Văn hóa - Xã hội')]);
    expect(k2?.note).toBe('đã gửi');
    // v4 keyed every observation by its host too; nothing else about it changed.
    const rekeyed = v1.observations.map((o) => ({ ...o, id: `${o.type}:${o.host}:${o.key}` }));
    expect(await db.observations.get('dossier:motcua.langson.gov.vn:000.31.20.H33-260504-0001')).toEqual(rekeyed[0]);
    expect((await db.observations.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(rekeyed.sort((a, b) => a.id.localeCompare(b.id)));
    await db.pages.put({ tabId: 1, url: 'https://x.gov.vn/', kind: 'unknown', title: '', findings: [], observedAt: 0 });
    expect(await db.pages.count()).toBe(1);
    // v3 built the day digests from the dossiers already stored.
    expect(await datedObservations(db, '2026-05-04', '2026-05-04')).toEqual(rekeyed.filter((o) => o.date === '2026-05-04'));
    db.close();
  });

  it('upgrades a populated v4 database: observations lose their index by type, and every query by type still finds the same records', async () => {
    const name = `migrate-v4-${crypto.randomUUID()}`;
    const stored = [
      dossierObs(dossier('D-1', { receivedAt: '2026-05-04', eResult: true })),
      feedbackObs(feedback('F-1', { receivedAt: '2026-05-05' })),
      procedureObs('1.000253', procedure({ onlineLevel: 'full' })),
    ];
    const old = new Dexie(name);
    old.version(4).stores(storesV4);
    await old.open();
    await old.table('observations').bulkPut(stored);
    await updateDigests({ observations: old.table('observations'), digests: old.table('digests') } as DigestStore, [], stored);
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect([...db.backendDB().transaction('observations').objectStore('observations').indexNames]).toEqual([]);
    expect((await db.observations.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...stored].sort((a, b) => a.id.localeCompare(b.id)));
    const ids = (await loadPeriodObservations(db, periodOf('month', '2026-05-15'))).map((o) => o.id).sort();
    expect(ids).toEqual(stored.map((o) => o.id).sort());
    db.close();
  });
});
