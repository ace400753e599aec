import { z } from 'zod';
import type { CchcDb } from '../db/db';
import { Observation, PlanRecord, TargetRecord, TaskRecord } from '../schema/records';
import { Settings } from '../schema/settings';
import { provinceName } from '../hosts/provinces';
import { parseVersioned, type Result } from './validate';

export const EXPORT_FORMAT = 'tro-ly-cchc.export';
export const EXPORT_VERSION = 1;

/** What a colleague hands to the CCHC focal point for the unit report. */
export const ExportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  /** The province's name, for the index the portal publishes for it; files of earlier versions have none. */
  profile: z.strictObject({ unit: z.string().nullable(), province: z.string().nullable().optional() }),
  observations: z.array(Observation),
  tasks: z.array(TaskRecord),
  plans: z.array(PlanRecord),
  targets: z.array(TargetRecord),
});
export type ExportFile = z.infer<typeof ExportFile>;

export type ExportContent = Omit<ExportFile, 'format' | 'version' | 'exportedAt'>;

export function buildExport(content: ExportContent, now: Date = new Date()): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...content };
}

/** The profile's unit and the name of its province, if settings hold a readable one. */
export async function profileOf(db: CchcDb): Promise<ExportFile['profile']> {
  const row = await db.settings.get('settings');
  const settings = Settings.safeParse(row?.value ?? {});
  if (!settings.success) return { unit: null, province: null };
  return { unit: settings.data.profile.unit, province: provinceName(settings.data.profile.province) };
}

export async function exportFromDb(db: CchcDb, now: Date = new Date()): Promise<ExportFile> {
  return db.transaction('r', [db.settings, db.observations, db.tasks, db.plans, db.targets], async () => {
    const [profile, observations, tasks, plans, targets] = await Promise.all([
      profileOf(db),
      db.observations.toArray(),
      db.tasks.toArray(),
      db.plans.toArray(),
      db.targets.toArray(),
    ]);
    return buildExport({ profile, observations, tasks, plans, targets }, now);
  });
}

export const serializeExport = (file: ExportFile): string => JSON.stringify(file);

export function parseExport(text: string): Result<ExportFile> {
  return parseVersioned(text, { format: EXPORT_FORMAT, version: EXPORT_VERSION, name: 'fileKind_export' }, ExportFile);
}
