import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type CchcDb } from '../../lib/db/db';
import { createBackup, restoreBackup, serializeBackup } from '../../lib/export/backup';
import { buildExport, serializeExport } from '../../lib/export/exportJson';
import { defaultSettings } from '../../lib/schema/settings';
import { dossier, dossierObs, task } from '../build';

let db: CchcDb;
beforeEach(async () => {
  db = openDb(`test-${Math.random()}`);
  await db.observations.bulkAdd([dossierObs(dossier('D1', { receivedAt: '2026-11-02' })), dossierObs(dossier('D2', { receivedAt: '2026-11-03' }))]);
  await db.tasks.bulkAdd([task('t1'), task('t2', { status: 'done', doneAt: 5 })]);
  await db.settings.put({ key: 'settings', value: { ...defaultSettings(), profile: { unit: 'Phường Đông Kinh', role: 'focal_point', province: null } } });
  await db.checklist.put({ id: 'c1', label: 'Kiểm tra hồ sơ quá hạn', routine: true, doneOn: null, order: 1 });
  await db.dismissals.put({ id: 'f1', at: 3 });
});
afterEach(async () => {
  await db.delete();
});

async function snapshot(d: CchcDb) {
  return {
    observations: (await d.observations.toArray()).map((o) => o.id),
    tasks: await d.tasks.toArray(),
    settings: await d.settings.toArray(),
    checklist: await d.checklist.toArray(),
    dismissals: await d.dismissals.toArray(),
  };
}

describe('backup and restore', () => {
  it('restores everything into an empty database', async () => {
    const text = serializeBackup(await createBackup(db));
    const other = openDb(`test-${Math.random()}`);
    const result = await restoreBackup(other, text);
    expect(result).toEqual({ ok: true, value: { plans: 0, targets: 0, tasks: 2, observations: 2, checklist: 1, settings: 1, dismissals: 1 } });
    expect(await snapshot(other)).toEqual(await snapshot(db));
    await other.delete();
  });

  it('replaces what was there, not adds to it', async () => {
    const text = serializeBackup(await createBackup(db));
    await db.observations.put(dossierObs(dossier('LATER', { receivedAt: '2026-11-04' })));
    expect((await restoreBackup(db, text)).ok).toBe(true);
    expect((await db.observations.toArray()).map((o) => o.id).sort()).toEqual(['dossier:motcua.langson.gov.vn:D1', 'dossier:motcua.langson.gov.vn:D2']);
  });

  const refusals: [string, (backup: ReturnType<typeof JSON.parse>) => string, RegExp][] = [
    ['a truncated file', (b) => JSON.stringify(b).slice(0, 200), /không phải JSON hợp lệ/],
    ['a foreign file', () => JSON.stringify({ name: 'something else' }), /không phải bản sao lưu của Trợ lý CCHC/],
    ['an export given as backup', () => serializeExport(buildExport({ profile: { unit: null }, observations: [], tasks: [], plans: [], targets: [] })), /format: "tro-ly-cchc.export"/],
    ['a newer version', (b) => JSON.stringify({ ...b, version: 2 }), /^version: bản sao lưu phiên bản 2/],
    ['a bad task status', (b) => { b.tables.tasks[1].status = 'finished'; return JSON.stringify(b); }, /^tables\.tasks\[1\]\.status: phải là một trong: "open"/],
    ['a missing field', (b) => { delete b.tables.observations[0].key; return JSON.stringify(b); }, /^tables\.observations\[0\]\.key: thiếu trường bắt buộc/],
    ['two rows with one id', (b) => { b.tables.tasks[1].id = 't1'; return JSON.stringify(b); }, /^tables\.tasks\[1\]\.id: trùng với phần tử \[0\]/],
    ['a database from a newer release', (b) => JSON.stringify({ ...b, dbVersion: 99 }), /^dbVersion: cơ sở dữ liệu mới hơn/],
  ];
  it.each(refusals)('refuses %s with its reason and changes nothing', async (_name, spoil, reason) => {
    const backup = JSON.parse(serializeBackup(await createBackup(db)));
    await db.tasks.put(task('t3'));
    const before = await snapshot(db);
    const result = await restoreBackup(db, spoil(backup));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back every table when a write fails halfway', async () => {
    const text = serializeBackup(await createBackup(db));
    await db.tasks.put(task('t3'));
    const before = await snapshot(db);
    // Tables are written in order: plans, targets, tasks, observations… fail on observations.
    const spy = vi.spyOn(db.table('observations'), 'bulkAdd').mockRejectedValue(new Error('QuotaExceededError'));
    const result = await restoreBackup(db, text);
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, error: 'Không khôi phục được, dữ liệu giữ nguyên: QuotaExceededError' });
    expect(await snapshot(db)).toEqual(before);
  });
});
