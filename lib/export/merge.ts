import type { PlanRecord, TaskRecord } from '../schema/records';
import { fold } from '../text/fold';
import { buildExport, type ExportFile } from './exportJson';

/** Keeps one row per key; `newer(a, b)` says whether b should replace a. Later files win ties. */
function byKey<T>(lists: readonly (readonly T[])[], key: (row: T) => string, newer: (kept: T, candidate: T) => boolean): T[] {
  const kept = new Map<string, T>();
  for (const list of lists) {
    for (const row of list) {
      const k = key(row);
      const current = kept.get(k);
      if (current === undefined || newer(current, row)) kept.set(k, row);
    }
  }
  return [...kept.values()];
}

const byId = <T extends { id: string }>(lists: readonly (readonly T[])[], newer: (kept: T, candidate: T) => boolean) =>
  byKey(lists, (row) => row.id, newer);

/**
 * Colleagues import the same plan each on their own machine, so its records
 * carry different ids in each export: a plan is the same plan by its number,
 * and its tasks and targets the same by their wording. Returns each file's
 * plan ids mapped to one shared id per plan.
 */
function samePlans(files: readonly ExportFile[]): Map<string, string> {
  const shared = new Map<string, string>();
  const idOf = new Map<string, string>();
  const identity = (p: PlanRecord) => (p.header.number ? `so:${fold(p.header.number).replace(/\s/g, '')}` : `id:${p.id}`);
  for (const f of files) {
    for (const p of f.plans) {
      const key = identity(p);
      if (!shared.has(key)) shared.set(key, p.id);
      idOf.set(p.id, shared.get(key)!);
    }
  }
  return idOf;
}

/** A task one colleague marked done outranks the same task still open in another's copy. */
function taskRank(task: TaskRecord): number {
  return task.status === 'done' ? 1 : 0;
}

function commonest(files: readonly ExportFile[], field: 'province'): string | null {
  const counts = new Map<string, number>();
  for (const f of files) {
    const value = f.profile[field];
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [value, n] of counts) if (best === null || n > counts.get(best)!) best = value;
  return best;
}

/**
 * Whose data the merged file is: the one unit all colleagues share; when they
 * work in several units, the body that issued the plan they all follow (the
 * commune or agency over those units), else every unit by name. Naming the
 * commonest unit would present the others' work as one office's.
 */
function scopeOf(files: readonly ExportFile[], plans: readonly PlanRecord[]): string | null {
  const units = [...new Set(files.map((f) => f.profile.unit).filter((u): u is string => Boolean(u)))];
  if (units.length <= 1) return units[0] ?? null;
  const issuers = [...new Set(plans.map((p) => p.header.issuer).filter((i): i is string => Boolean(i)))];
  return issuers.length === 1 ? issuers[0] : units.join('; ');
}

/**
 * The unit's data from its colleagues' exports: a dossier two people saw
 * counts once, as it was seen most recently.
 */
export function mergeExports(files: readonly ExportFile[], now: Date = new Date()): ExportFile {
  const planId = samePlans(files);
  const shared = <T extends { planId: string }>(row: T): T => ({ ...row, planId: planId.get(row.planId) ?? row.planId });
  const tasks = files.map((f) => f.tasks.map(shared));
  const targets = files.map((f) => f.targets.map(shared));
  const plans = files.map((f) => f.plans.map((p) => ({ ...p, id: planId.get(p.id)!, replacedBy: p.replacedBy && (planId.get(p.replacedBy) ?? p.replacedBy) })));
  const mergedPlans = byId(plans, (a, b) => b.importedAt >= a.importedAt);
  return buildExport(
    {
      profile: { unit: scopeOf(files, mergedPlans), province: commonest(files, 'province') },
      observations: byId(files.map((f) => f.observations), (a, b) => b.seenAt >= a.seenAt),
      tasks: byKey(
        tasks,
        (t) => `${t.planId}|${fold(t.title)}`,
        (a, b) => taskRank(b) > taskRank(a) || (taskRank(b) === taskRank(a) && (b.doneAt ?? 0) >= (a.doneAt ?? 0)),
      ),
      plans: mergedPlans,
      targets: byKey(targets, (t) => `${t.planId}|${t.indicator}|${t.comparator}|${t.value}|${fold(t.text)}`, () => true),
    },
    now,
  );
}
