import { z } from 'zod';
import type { CchcDb } from '../db/db';
import { rebuildDigests } from '../db/digests';
import { DB_VERSION } from '../db/schema-versions';
import { ChecklistItem, Observation, observationId, PlanRecord, TargetRecord, TaskRecord } from '../schema/records';
import { QUARANTINE_PREFIX, SETTINGS_VERSION } from '../db/settings';
import { parseVersioned, refused, type Result } from './validate';

export const BACKUP_FORMAT = 'tro-ly-cchc.backup';
export const BACKUP_VERSION = 1;

/** A table's rows, refused when two share an id: restoring would silently keep one. */
function rows<T extends z.ZodType>(row: T, key: string) {
  return z.array(row).superRefine((list, ctx) => {
    const seen = new Map<unknown, number>();
    list.forEach((item, index) => {
      const id = (item as Record<string, unknown>)[key];
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else ctx.addIssue({ code: 'custom', path: [index, key], message: `trùng với phần tử [${first}]` });
    });
  });
}

const tables = {
  plans: rows(PlanRecord, 'id'),
  targets: rows(TargetRecord, 'id'),
  tasks: rows(TaskRecord, 'id'),
  observations: rows(Observation, 'id'),
  checklist: rows(ChecklistItem, 'id'),
  // The settings record is read through its migrations when used (one that cannot be read is kept aside
  // then), so its value is not checked here; records already kept aside travel with it.
  settings: rows(
    z.union([
      z.strictObject({
        key: z.literal('settings'),
        version: z.number().int().min(1).max(SETTINGS_VERSION, { error: `cài đặt mới hơn phiên bản ${SETTINGS_VERSION} của tiện ích này` }).optional(),
        value: z.unknown(),
      }),
      z.strictObject({
        key: z.string().startsWith(QUARANTINE_PREFIX),
        value: z.unknown(),
        at: z.number(),
        problems: z.array(z.string()),
        acknowledged: z.boolean().optional(),
      }),
    ]),
    'key',
  ),
  dismissals: rows(z.strictObject({ id: z.string(), at: z.number() }), 'id'),
};
type TableName = keyof typeof tables;
/** The findings of open tabs (`pages`) describe tabs of this session only: they are not backed up. */
const TABLES = Object.keys(tables) as TableName[];

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  dbVersion: z.number().int().max(DB_VERSION, { error: `cơ sở dữ liệu mới hơn phiên bản ${DB_VERSION} của tiện ích này` }),
  tables: z.strictObject(tables),
});
export type Backup = z.infer<typeof Backup>;

export async function createBackup(db: CchcDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    const contents = await Promise.all(TABLES.map((t) => db.table(t).toArray()));
    const data = Object.fromEntries(TABLES.map((t, i) => [t, contents[i]])) as Backup['tables'];
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), dbVersion: DB_VERSION, tables: data };
  });
}

export const serializeBackup = (backup: Backup): string => JSON.stringify(backup);

export function parseBackup(text: string): Result<Backup> {
  return parseVersioned(text, { format: BACKUP_FORMAT, version: BACKUP_VERSION, name: 'fileKind_backup' }, Backup);
}

/** A backup made before observations were keyed by host gets today's ids. */
const rekeyed = (o: Observation): Observation => ({ ...o, id: observationId(o.host, o.type, o.key) });

export type RestoreCounts = Record<TableName, number>;

/**
 * Replaces everything with the backup, all or nothing: the file is validated
 * in full first, then every table is cleared and refilled in one read-write
 * transaction, which IndexedDB rolls back whole if any write fails.
 */
export async function restoreBackup(db: CchcDb, text: string): Promise<Result<RestoreCounts>> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const backup = parsed.value;
  try {
    await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.digests], async () => {
      for (const t of TABLES) {
        await db.table(t).clear();
        await db.table(t).bulkAdd(t === 'observations' ? backup.tables.observations.map(rekeyed) : backup.tables[t]);
      }
      await rebuildDigests(db);
    });
  } catch (error) {
    return refused({ key: 'restoreFailed', params: { reason: error instanceof Error ? error.message : String(error) } });
  }
  return { ok: true, value: Object.fromEntries(TABLES.map((t) => [t, backup.tables[t].length])) as RestoreCounts };
}
