import type { TaskRecord } from '../schema/records';
import { buildExport, type ExportFile } from './exportJson';

/** Keeps one row per id; `newer(a, b)` says whether b should replace a. Later files win ties. */
function byId<T extends { id: string }>(lists: readonly (readonly T[])[], newer: (kept: T, candidate: T) => boolean): T[] {
  const kept = new Map<string, T>();
  for (const list of lists) {
    for (const row of list) {
      const current = kept.get(row.id);
      if (current === undefined || newer(current, row)) kept.set(row.id, row);
    }
  }
  return [...kept.values()];
}

/** A task one colleague marked done outranks the same task still open in another's copy. */
function taskRank(task: TaskRecord): number {
  return task.status === 'done' ? 1 : 0;
}

function commonestUnit(files: readonly ExportFile[]): string | null {
  const counts = new Map<string, number>();
  for (const f of files) if (f.profile.unit !== null) counts.set(f.profile.unit, (counts.get(f.profile.unit) ?? 0) + 1);
  let best: string | null = null;
  for (const [unit, n] of counts) if (best === null || n > counts.get(best)!) best = unit;
  return best;
}

/**
 * The unit's data from its colleagues' exports: a dossier two people saw
 * counts once, as it was seen most recently.
 */
export function mergeExports(files: readonly ExportFile[], now: Date = new Date()): ExportFile {
  return buildExport(
    {
      profile: { unit: commonestUnit(files) },
      observations: byId(files.map((f) => f.observations), (a, b) => b.seenAt >= a.seenAt),
      tasks: byId(files.map((f) => f.tasks), (a, b) => taskRank(b) > taskRank(a) || (taskRank(b) === taskRank(a) && (b.doneAt ?? 0) >= (a.doneAt ?? 0))),
      plans: byId(files.map((f) => f.plans), (a, b) => b.importedAt >= a.importedAt),
      targets: byId(files.map((f) => f.targets), () => true),
    },
    now,
  );
}
