import { z } from 'zod';
import { PlanHeader, Target, Task } from './plan';
import { Dossier, Feedback, IndexScore, Procedure, QlvbDocument } from './facts';

/** What is kept in the extension's database, one schema per table. */

export const PlanRecord = z.object({
  id: z.string(),
  header: PlanHeader,
  status: z.enum(['active', 'replaced']),
  replacedBy: z.string().nullable(),
  importedAt: z.number(),
  sourceName: z.string(),
});
export type PlanRecord = z.infer<typeof PlanRecord>;

export const TargetRecord = Target.extend({ id: z.string(), planId: z.string() });
export type TargetRecord = z.infer<typeof TargetRecord>;

/** What the person set: 'in_progress' when they said they are on it. */
export const TaskStatus = z.enum(['open', 'in_progress', 'done', 'snoozed', 'not_mine']);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TaskRecord = Task.extend({
  id: z.string(),
  planId: z.string(),
  /** Folded unit keys of lead and partners, indexed for "my tasks". */
  unitKeys: z.array(z.string()),
  status: TaskStatus,
  doneAt: z.number().nullable(),
  note: z.string(),
  evidence: z.string(),
  snoozedUntil: z.string().nullable(),
});
export type TaskRecord = z.infer<typeof TaskRecord>;

const base = {
  /** `${type}:${host}:${key}`: seeing the same dossier again on the same host updates it. */
  id: z.string(),
  key: z.string().min(1),
  host: z.string(),
  firstSeenAt: z.number(),
  seenAt: z.number(),
  /** ISO date the observation counts on when metrics pick a period. */
  date: z.string().nullable(),
  unit: z.string().nullable(),
};
export const Observation = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('dossier'), data: Dossier }),
  z.object({ ...base, type: z.literal('procedure'), data: Procedure }),
  z.object({ ...base, type: z.literal('feedback'), data: Feedback }),
  z.object({ ...base, type: z.literal('index_score'), data: IndexScore }),
  z.object({ ...base, type: z.literal('document'), data: QlvbDocument }),
]);
export type Observation = z.infer<typeof Observation>;
export type ObservationType = Observation['type'];

/**
 * An observation's id names the host it was read on: a dossier code shown by
 * one system can never overwrite what another system showed under that code.
 */
export const observationId = (host: string, type: ObservationType, key: string): string => `${type}:${host}:${key}`;

/** Where the ids of one type of observation begin, whatever their host: the store is queried by type through it. */
export const observationIdPrefix = (type: ObservationType): string => `${type}:`;

export const ChecklistItem = z.object({
  id: z.string(),
  label: z.string().min(1),
  /** Routines come back every working day; others are one-off. */
  routine: z.boolean(),
  doneOn: z.string().nullable(),
  order: z.number(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;
