import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import v1 from '../fixtures/db/v1.json';
import { openDb } from '../../lib/db/db';
import { DB_VERSION, storesV1 } from '../../lib/db/schema-versions';
import { datedObservations } from '../../lib/db/digests';
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
});
