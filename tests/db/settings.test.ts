import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/db';
import {
  acknowledgeSettingsNotice,
  keepUnreadableSettingsAside,
  loadSettings,
  readSettingsRecord,
  SETTINGS_VERSION,
  settingsNotice,
  updateSettings,
} from '../../lib/db/settings';
import { createBackup, restoreBackup, serializeBackup } from '../../lib/export/backup';
import { defaultSettings } from '../../lib/schema/settings';

/*
 * Settings carry a version and are migrated step by step; a record that
 * cannot be read is kept aside with the time, reported, and never lost to
 * the next write.
 */

const fresh = () => openDb(`settings-${crypto.randomUUID()}`);
const quiet = () => {};

/** Settings as every release before versions wrote them: the value alone, no version beside it. */
const unversioned = {
  language: 'en',
  onboarded: true,
  profile: { unit: 'Phường Đông Kinh', role: 'focal_point', province: 'langson' },
  hosts: [{ host: 'motcua.langson.gov.vn', family: 'onestop' }],
  columns: { 'motcua.langson.gov.vn': { dueAt: 'han xu ly' } },
  reminders: { enabled: true, dayBefore: false, onDay: true, weeklySummary: true, workStart: '07:00', workEnd: '16:30' },
};

/** A record a bug or a hand edit left behind: two fields unreadable, the rest the person's. */
const corrupt = { ...unversioned, language: 'klingon', hosts: 'many' };

const quarantined = async (db: ReturnType<typeof fresh>) => (await db.settings.toArray()).filter((r) => r.key.startsWith('settings-quarantine:'));

describe('settings versions', () => {
  it('reads a record of the previous shape (no version) as it was, and writes it back versioned with nothing lost', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', value: unversioned });
    expect(await loadSettings(db, quiet)).toEqual(unversioned);
    expect(await settingsNotice(db)).toBeNull();
    await updateSettings(db, (s) => ({ ...s, language: 'vi' }));
    expect(await db.settings.get('settings')).toEqual({ key: 'settings', version: SETTINGS_VERSION, value: { ...unversioned, language: 'vi' } });
    expect(await quarantined(db)).toEqual([]);
  });

  it('migrates one step at a time, in order, from the version the record carries', () => {
    const steps = {
      1: (v: unknown) => ({ ...(v as object), trail: ['1→2'] }),
      2: (v: unknown) => {
        const { trail, ...rest } = v as { trail: string[] };
        return { ...rest, language: trail.length === 1 ? 'en' : 'vi' };
      },
    };
    expect(readSettingsRecord({ value: {} }, steps, 3)).toEqual({ settings: { ...defaultSettings(), language: 'en' }, problem: null });
    // A record of version 2 skips the first step: without its trail the second one fails, and the record is reported.
    expect(readSettingsRecord({ version: 2, value: {} }, steps, 3).problem).toEqual({ fields: [], version: 2 });
  });

  it('does not read a record from a newer release, or one no step leads from, and says so', () => {
    expect(readSettingsRecord({ version: SETTINGS_VERSION + 1, value: unversioned })).toEqual({
      settings: defaultSettings(),
      problem: { fields: [], version: SETTINGS_VERSION + 1 },
    });
    expect(readSettingsRecord({ version: 1, value: unversioned }, {}, 2).problem).toEqual({ fields: [], version: 1 });
  });
});

describe('a settings record that cannot be read', () => {
  it('is reported, its readable fields kept and the others read as defaults, and nothing is written on reading', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', value: corrupt });
    const logged: string[] = [];
    const settings = await loadSettings(db, (m) => logged.push(m));
    expect(logged).toEqual(['Cài đặt đã lưu có phần không đọc được (language, hosts); phần đó dùng giá trị mặc định.']);
    expect(settings).toEqual({ ...unversioned, language: 'vi', hosts: [] });
    expect(await settingsNotice(db)).toEqual({ fields: ['language', 'hosts'], at: null });
    expect(await db.settings.toArray()).toEqual([{ key: 'settings', value: corrupt }]);
  });

  it('is kept aside with the time, once, and the notice says when', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', value: corrupt });
    await keepUnreadableSettingsAside(db, 1_000);
    await keepUnreadableSettingsAside(db, 2_000);
    expect(await quarantined(db)).toEqual([{ key: 'settings-quarantine:1000', value: { value: corrupt }, at: 1_000, problems: ['language', 'hosts'] }]);
    expect(await settingsNotice(db)).toEqual({ fields: ['language', 'hosts'], at: 1_000 });
  });

  it('is not lost on the next write: kept aside first, the readable fields carried into the new record', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', value: corrupt });
    await updateSettings(db, (s) => ({ ...s, reminders: { ...s.reminders, workEnd: '17:30' } }));
    const [kept] = await quarantined(db);
    expect(kept.value).toEqual({ value: corrupt });
    expect((await db.settings.get('settings'))?.value).toEqual({ ...unversioned, language: 'vi', hosts: [], reminders: { ...unversioned.reminders, workEnd: '17:30' } });
    // Later writes leave the kept record alone and add none.
    await updateSettings(db, (s) => ({ ...s, language: 'en' }));
    expect(await quarantined(db)).toEqual([kept]);
    // The notice stays until the person has seen it; the record stays after.
    expect(await settingsNotice(db)).toEqual({ fields: ['language', 'hosts'], at: kept.at });
    await acknowledgeSettingsNotice(db);
    expect(await settingsNotice(db)).toBeNull();
    expect((await quarantined(db)).map((r) => r.value)).toEqual([{ value: corrupt }]);
  });

  it('once seen, is written again with what could be read of it, the copy kept aside', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', value: corrupt });
    await acknowledgeSettingsNotice(db, 3_000);
    expect(await settingsNotice(db)).toBeNull();
    expect(await db.settings.get('settings')).toEqual({ key: 'settings', version: SETTINGS_VERSION, value: { ...unversioned, language: 'vi', hosts: [] } });
    expect(await quarantined(db)).toEqual([{ key: 'settings-quarantine:3000', value: { value: corrupt }, at: 3_000, problems: ['language', 'hosts'], acknowledged: true }]);
  });

  it('is kept aside whole when it is not settings at all', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', version: 2, value: 'garbage' });
    expect(await loadSettings(db, quiet)).toEqual(defaultSettings());
    await updateSettings(db, (s) => ({ ...s, onboarded: true }));
    expect((await quarantined(db)).map((r) => [r.value, r.problems])).toEqual([[{ version: 2, value: 'garbage' }, []]]);
  });

  it('travels in backups, and comes back on restore', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', value: corrupt });
    await updateSettings(db, (s) => s);
    const backup = await createBackup(db);
    expect(backup.tables.settings).toHaveLength(2);
    expect(backup.tables.settings.map((r) => r.key)).toEqual(expect.arrayContaining(['settings', expect.stringMatching(/^settings-quarantine:\d+$/)]));
    const other = fresh();
    const restored = await restoreBackup(other, serializeBackup(backup));
    expect(restored.ok).toBe(true);
    expect(await quarantined(other)).toEqual(await quarantined(db));
    expect(await loadSettings(other, quiet)).toEqual(await loadSettings(db, quiet));
  });
});
