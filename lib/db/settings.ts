import { Settings, defaultSettings } from '../schema/settings';
import { describeIssues } from '../schema/issues';
import type { CchcDb } from './db';

export class SettingsError extends Error {}

/**
 * Reads the settings record. A corrupt record is reported and the defaults
 * are used, but the record is left as it is so nothing the user set is lost
 * by a silent overwrite.
 */
export async function loadSettings(db: CchcDb, log: (m: string) => void = console.warn): Promise<Settings> {
  const row = await db.settings.get('settings');
  if (!row) return defaultSettings();
  const parsed = Settings.safeParse(row.value);
  if (parsed.success) return parsed.data;
  log(`Cài đặt đã lưu bị hỏng (${describeIssues(parsed.error.issues, 'cài đặt')}); đang dùng cài đặt mặc định.`);
  return defaultSettings();
}

/** Validates before writing: an invalid change is refused and nothing is stored. */
export async function saveSettings(db: CchcDb, next: unknown): Promise<Settings> {
  const parsed = Settings.safeParse(next);
  if (!parsed.success) {
    throw new SettingsError(describeIssues(parsed.error.issues, 'cài đặt'));
  }
  await db.settings.put({ key: 'settings', value: parsed.data });
  return parsed.data;
}

export async function updateSettings(db: CchcDb, change: (s: Settings) => Settings): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => saveSettings(db, change(await loadSettings(db))));
}
