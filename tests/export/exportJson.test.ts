import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type CchcDb } from '../../lib/db/db';
import { exportFromDb, parseExport, serializeExport } from '../../lib/export/exportJson';
import { defaultSettings } from '../../lib/schema/settings';
import { say } from '../../lib/i18n';
import { exportA } from './sample';

let db: CchcDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('JSON export', () => {
  it('round-trips through the database and the parser', async () => {
    db = openDb(`test-${Math.random()}`);
    await db.observations.bulkAdd(exportA.observations);
    await db.tasks.bulkAdd(exportA.tasks);
    await db.plans.bulkAdd(exportA.plans);
    await db.targets.bulkAdd(exportA.targets);
    await db.settings.put({ key: 'settings', value: { ...defaultSettings(), profile: { unit: 'Phường Đông Kinh', role: null, province: 'langson' } } });
    const file = await exportFromDb(db, new Date('2026-11-20T03:00:00Z'));
    // The province goes out by its name, for the index the portal publishes for it.
    const expected = { ...exportA, profile: { unit: 'Phường Đông Kinh', province: 'Lạng Sơn' } };
    expect(file).toEqual(expected);
    expect(parseExport(serializeExport(file))).toEqual({ ok: true, value: expected });
    // A file of an earlier version, without the province, still reads.
    expect(parseExport(serializeExport(exportA))).toEqual({ ok: true, value: exportA });
  });

  it('names the place of a bad field', () => {
    const bad = structuredClone(exportA) as unknown as { observations: { data: { channel: string } }[] };
    bad.observations[1].data.channel = 'fax';
    const result = parseExport(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false, error: 'observations[1].data.channel: phải là một trong: "direct", "online", "postal"' });
    // The same reason, worded in the person's language where it is shown.
    expect(!result.ok && say('en', result.phrase)).toBe('observations[1].data.channel: must be one of: "direct", "online", "postal"');
  });

  it('refuses a field it does not know at the top level, and a backup given as export', () => {
    const extra = parseExport(JSON.stringify({ ...exportA, extra: 1 }));
    expect(extra).toMatchObject({ ok: false, error: 'tệp: có trường không được phép: extra' });
    expect(!extra.ok && say('en', extra.phrase)).toBe('file: has fields not allowed: extra');
    const backup = parseExport(JSON.stringify({ format: 'tro-ly-cchc.backup', version: 1 }));
    expect(backup).toMatchObject({ ok: false, error: expect.stringMatching(/không phải tệp xuất dữ liệu/) });
    expect(!backup.ok && say('en', backup.phrase)).toBe('The file is not a Trợ lý CCHC data export (format: "tro-ly-cchc.backup")');
  });
});
