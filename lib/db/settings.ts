import { Settings, defaultSettings } from '../schema/settings';
import { DataProblemError } from '../i18n/dataProblems';
import { invalidPhrase } from '../schema/issues';
import type { CchcDb, SettingsRow } from './db';

/*
 * The settings record is versioned, as the database is: a record carries the
 * version it was written in and is read through each migration step up to
 * the current one. A record that still cannot be read is never lost: the
 * fields that can be read are kept, the others fall back to their defaults,
 * and the record as it was is kept aside under a "settings-quarantine:<time>"
 * key of the same table (so backups carry it) before anything is written over
 * it. The options page tells the person.
 */

/** The version settings records are written in. */
export const SETTINGS_VERSION = 2;

/** Turns the value of a record of one version into the next version's. */
export type SettingsMigration = (value: unknown) => unknown;

/**
 * Step n reads a version-n value as version n+1. When the shape changes, add
 * the next step and raise SETTINGS_VERSION; never change a released step.
 */
export const SETTINGS_MIGRATIONS: Record<number, SettingsMigration> = {
  // Version 1 is every record written before settings carried a version: the same fields.
  1: (value) => value,
};

export const QUARANTINE_PREFIX = 'settings-quarantine:';

export interface SettingsProblem {
  /** The fields that could not be read (dotted paths); empty when the record as a whole could not be. */
  fields: string[];
  /** The version the record said it was written in. */
  version: number;
}

export interface SettingsReading {
  settings: Settings;
  problem: SettingsProblem | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored settings row: migrated step by step, then checked. What
 * cannot be read is reported, and the top-level fields that can are kept.
 */
export function readSettingsRecord(
  row: Pick<SettingsRow, 'version' | 'value'> | undefined,
  migrations: Record<number, SettingsMigration> = SETTINGS_MIGRATIONS,
  current = SETTINGS_VERSION,
): SettingsReading {
  if (!row) return { settings: defaultSettings(), problem: null };
  const version = row.version ?? 1;
  const whole = { settings: defaultSettings(), problem: { fields: [], version } };
  // A record from a newer release, or a version no step leads from, cannot be read here.
  if (!Number.isInteger(version) || version < 1 || version > current) return whole;
  let value = row.value;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return whole;
    try {
      value = step(value);
    } catch {
      return whole;
    }
  }
  const parsed = Settings.safeParse(value);
  if (parsed.success) return { settings: parsed.data, problem: null };
  if (!isRecord(value)) return whole;
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))];
  const unreadable = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const kept = Settings.safeParse(Object.fromEntries(Object.entries(value).filter(([field]) => !unreadable.has(field))));
  return { settings: kept.success ? kept.data : defaultSettings(), problem: { fields, version } };
}

/** Reads the settings record; what cannot be read is reported through `log` and read as its defaults. */
export async function loadSettings(db: CchcDb, log: (m: string) => void = console.warn): Promise<Settings> {
  const { settings, problem } = readSettingsRecord(await db.settings.get('settings'));
  if (problem) log(`Cài đặt đã lưu có phần không đọc được (${problem.fields.join(', ') || 'toàn bộ'}); phần đó dùng giá trị mặc định.`);
  return settings;
}

/**
 * Keeps the settings record aside when it cannot be read, with the time and
 * what could not be read, so that writing settings never loses it.
 */
export async function keepUnreadableSettingsAside(db: CchcDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('settings');
    const { problem } = readSettingsRecord(row);
    if (!row || !problem || copyOf(await keptRecords(db), row)) return;
    await db.settings.put({ key: `${QUARANTINE_PREFIX}${now}`, value: recordOf(row), at: now, problems: problem.fields });
  });
}

/** A record as it is kept aside: everything but its key. */
const recordOf = ({ key: _key, ...record }: SettingsRow) => record;

/** The records kept aside, newest first (a Dexie promise, so it can be awaited inside a transaction). */
const keptRecords = (db: CchcDb) =>
  db.settings
    .where('key')
    .startsWith(QUARANTINE_PREFIX)
    .toArray()
    .then((rows) => rows.sort((a, b) => (b.at ?? 0) - (a.at ?? 0)));

/** The copy kept aside of this record, if there is one. */
function copyOf(kept: SettingsRow[], row: SettingsRow): SettingsRow | undefined {
  const record = JSON.stringify(recordOf(row));
  return kept.find((r) => JSON.stringify(r.value) === record);
}

export class SettingsError extends DataProblemError {}

/** Validates before writing: an invalid change is refused and nothing is stored. An unreadable record is kept aside first. */
export async function saveSettings(db: CchcDb, next: unknown, now = Date.now()): Promise<Settings> {
  const parsed = Settings.safeParse(next);
  if (!parsed.success) {
    throw new SettingsError(invalidPhrase(Settings, next));
  }
  await db.transaction('rw', db.settings, async () => {
    await keepUnreadableSettingsAside(db, now);
    await db.settings.put({ key: 'settings', version: SETTINGS_VERSION, value: parsed.data });
  });
  return parsed.data;
}

export async function updateSettings(db: CchcDb, change: (s: Settings) => Settings): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => saveSettings(db, change(await loadSettings(db))));
}

/** What the options page tells the person: a record that cannot be read, or one kept aside they have not seen yet. */
export interface SettingsNotice {
  fields: string[];
  /** When the record was kept aside; null until it is. */
  at: number | null;
}

export async function settingsNotice(db: CchcDb): Promise<SettingsNotice | null> {
  const row = await db.settings.get('settings');
  const { problem } = readSettingsRecord(row);
  // Still the stored record: the notice stays until a setting is written over it.
  const kept = await keptRecords(db);
  if (row && problem) return { fields: problem.fields, at: copyOf(kept, row)?.at ?? null };
  const latest = kept.find((r) => !r.acknowledged);
  return latest ? { fields: latest.problems ?? [], at: latest.at ?? null } : null;
}

/**
 * The person has seen the notice: a record still unreadable is written again
 * with what could be read of it (kept aside first), and the notice goes. The
 * records kept aside stay, in backups too.
 */
export async function acknowledgeSettingsNotice(db: CchcDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const { settings, problem } = readSettingsRecord(await db.settings.get('settings'));
    if (problem) await saveSettings(db, settings, now);
    for (const kept of await keptRecords(db)) if (!kept.acknowledged) await db.settings.update(kept.key, { acknowledged: true });
  });
}
