import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { handleMessage } from '../../lib/background/handlers';
import { openDb, type CchcDb } from '../../lib/db/db';
import { upsertObservations } from '../../lib/db/observations';
import { savePlan } from '../../lib/db/plans';
import * as versions from '../../lib/db/schema-versions';
import { createBackup, restoreBackup, serializeBackup } from '../../lib/export/backup';
import { checkPage } from '../../lib/checks/page';
import { parsePlanText } from '../../lib/plan/parse';
import { dossier, dossierObs } from '../build';
import { TODAY, fixtureIndex, loadFixture } from '../pages/load';
import { dump, populate } from './populated';
import { planText } from '../fixtures/plans';

/*
 * What the user has stored survives: every released schema upgrades without
 * losing a row, a write that fails half-way leaves nothing of itself, and a
 * full disk is told to the user rather than swallowed.
 */
const opened: CchcDb[] = [];
async function populated(): Promise<CchcDb> {
  const db = openDb(`t-${crypto.randomUUID()}`);
  opened.push(db);
  await populate(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

/** Every store layout schema-versions.ts declares, by version number. */
const released = Object.entries(versions)
  .flatMap(([name, stores]) => {
    const m = /^storesV(\d+)$/.exec(name);
    return m ? [{ version: Number(m[1]), stores: stores as Record<string, string> }] : [];
  })
  .sort((a, b) => a.version - b.version);

describe('schema migration from every released version', () => {
  it('lists every version up to the current one', () => {
    expect(released.map((r) => r.version)).toEqual(Array.from({ length: versions.DB_VERSION }, (_, i) => i + 1));
  });

  for (const { version, stores } of released) {
    it(`opens a full v${version} database with the current code and loses no row`, async () => {
      // Rows as the current code writes them, for the tables this version has.
      const source = await populated();
      const rows: Record<string, unknown[]> = {};
      for (const table of Object.keys(stores)) rows[table] = await source.table(table).toArray();
      for (const table of Object.keys(stores)) expect(rows[table].length, table).toBeGreaterThan(0);

      const name = `t-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      old.version(version).stores(stores);
      await old.open();
      for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
      old.close();

      const db = openDb(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(versions.DB_VERSION);
      for (const [table, list] of Object.entries(rows)) {
        // The v1→v2 upgrade rewrites tasks' unit keys in canonical form; every other field is kept as stored.
        const strip = (r: unknown) => (table === 'tasks' ? { ...(r as object), unitKeys: null } : r);
        expect((await db.table(table).toArray()).map(strip), table).toEqual(list.map(strip));
      }
    });
  }
});

describe('a write interrupted inside its transaction leaves nothing of itself', () => {
  it('savePlan: the plan and its targets are gone when the tasks fail to write', async () => {
    const db = await populated();
    const before = await dump(db);
    vi.spyOn(db.tasks, 'bulkAdd').mockRejectedValueOnce(new Error('ổ đĩa lỗi'));
    await expect(savePlan(db, parsePlanText(planText('thuy-hung-2026.txt')), 'thuy-hung-2026.txt')).rejects.toThrow('ổ đĩa lỗi');
    expect(await dump(db)).toBe(before);
  });

  it('upsertObservations: the first rows written are gone when a later one fails', async () => {
    const db = await populated();
    const before = await dump(db);
    const bulkPut = db.observations.bulkPut.bind(db.observations);
    const halfThenFail = (items: Parameters<typeof bulkPut>[0]) =>
      bulkPut(items.slice(0, 1)).then(() => {
        throw new Error('mất điện');
      });
    vi.spyOn(db.observations, 'bulkPut').mockImplementationOnce(halfThenFail as typeof bulkPut);
    const fresh = [dossierObs(dossier('NEW-260520-0001', { receivedAt: TODAY })), dossierObs(dossier('NEW-260520-0002', { receivedAt: TODAY }))];
    await expect(upsertObservations(db, fresh)).rejects.toThrow('mất điện');
    expect(await db.observations.get(fresh[0].id)).toBeUndefined();
    expect(await dump(db)).toBe(before);
  });

  it('restoreBackup: the tables already cleared and refilled come back when a later table fails', async () => {
    const db = await populated();
    const other = await populated();
    await other.checklist.put({ id: 'c9', label: 'Mục chỉ có trong bản sao lưu', routine: false, doneOn: null, order: 9 });
    const backup = serializeBackup(await createBackup(other));
    const before = await dump(db);
    const tasks = db.table('tasks');
    const bulkAdd = tasks.bulkAdd.bind(tasks);
    const halfThenFail = (items: Parameters<typeof bulkAdd>[0]) =>
      bulkAdd(items.slice(0, 1)).then(() => {
        throw new Error('hết chỗ');
      });
    vi.spyOn(tasks, 'bulkAdd').mockImplementationOnce(halfThenFail as typeof bulkAdd);
    const result = await restoreBackup(db, backup);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Không khôi phục được, dữ liệu giữ nguyên: .*hết chỗ/) });
    expect(await dump(db)).toBe(before);
  });

  it('a page report: its observations are gone when storing the tab row fails', async () => {
    const db = await populated();
    const before = await dump(db);
    vi.spyOn(db.pages, 'put').mockRejectedValueOnce(new Error('ổ đĩa lỗi'));
    await expect(handleMessage(db, pageObserved(), fromList(), Date.parse('2026-05-21T03:00:00Z'))).rejects.toThrow('ổ đĩa lỗi');
    expect(await dump(db)).toBe(before);
  });
});

/** A content script's message: the one-stop list, seen again a day later. */
function pageObserved() {
  const entry = fixtureIndex().find((e) => e.kind === 'onestop.dossier_list')!;
  const { report } = checkPage(loadFixture(entry.file, entry.url), new URL(entry.url), targetsInForce([]), TODAY);
  const { findings: _, ...facts } = report;
  return { type: 'page.observed', title: 'Tra cứu hồ sơ', facts };
}

/** The list's tab, as the browser names the sender. */
function fromList() {
  return { tabId: 99, url: fixtureIndex().find((e) => e.kind === 'onestop.dossier_list')!.url };
}

describe('a full disk', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('is told to the user in Vietnamese, not swallowed, and nothing is half-written', async () => {
    const db = await populated();
    const before = await dump(db);
    vi.spyOn(db.observations, 'bulkPut').mockRejectedValueOnce(quota());
    const reply = await handleMessage(db, pageObserved(), fromList(), Date.parse('2026-05-21T03:00:00Z'));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Bộ nhớ của trình duyệt đã đầy/) });
    expect(await dump(db)).toBe(before);
  });

  it('is recognised when Dexie wraps it, alone or in a bulk write', async () => {
    const db = await populated();
    const wrapped = new Dexie.QuotaExceededError('quota', quota());
    vi.spyOn(db.observations, 'bulkPut').mockRejectedValueOnce(wrapped);
    expect(await handleMessage(db, pageObserved(), fromList())).toMatchObject({ ok: false, error: expect.stringMatching(/^Bộ nhớ của trình duyệt đã đầy/) });
    vi.spyOn(db.observations, 'bulkPut').mockRejectedValueOnce(new Dexie.BulkError('1 of 8 failed', { 3: quota() }));
    expect(await handleMessage(db, pageObserved(), fromList())).toMatchObject({ ok: false, error: expect.stringMatching(/^Bộ nhớ của trình duyệt đã đầy/) });
  });

  it('is the only failure turned into a reply: other errors still surface', async () => {
    const db = await populated();
    vi.spyOn(db.observations, 'bulkPut').mockRejectedValueOnce(new Dexie.ConstraintError('trùng khóa'));
    await expect(handleMessage(db, pageObserved(), fromList())).rejects.toThrow('trùng khóa');
  });
});
