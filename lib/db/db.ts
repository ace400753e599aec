import Dexie, { type EntityTable } from 'dexie';
import { observationId, type ChecklistItem, type Observation, type PlanRecord, type TargetRecord, type TaskRecord } from '../schema/records';
import type { Finding, PageKind, ReadingNotes } from '../schema/facts';
import type { PlanMeta } from '../plan/draft';
import { DB_NAME, storesV1, storesV2, storesV3, storesV4, storesV5 } from './schema-versions';
import { rebuildDigests, type Digest, type DigestStore } from './digests';
import { unitKey } from '../plan/units';

/**
 * The settings record ('settings', with the version it was written in; none
 * before versions) and records kept aside because they could not be read
 * ('settings-quarantine:<time>', see settings.ts).
 */
export interface SettingsRow {
  key: string;
  version?: number;
  value: unknown;
  at?: number;
  problems?: string[];
  acknowledged?: boolean;
}

/** The findings currently shown for one open tab. */
export interface PageRow {
  tabId: number;
  url: string;
  kind: PageKind;
  title: string;
  findings: Finding[];
  /** What the page did not give (rows past the cap, columns not found), for the side panel to say. */
  notes?: ReadingNotes | null;
  observedAt: number;
  /** A CCHC plan the page shows, as the document system lists it, so the panel can offer to read it. */
  plan?: PlanMeta | null;
  /** The procedure of each dossier (or procedure code) on the page, so its card can name it. */
  subjects?: Record<string, string>;
}

export interface Dismissal {
  id: string;
  at: number;
}

export type CchcDb = Dexie & {
  plans: EntityTable<PlanRecord, 'id'>;
  targets: EntityTable<TargetRecord, 'id'>;
  tasks: EntityTable<TaskRecord, 'id'>;
  observations: EntityTable<Observation, 'id'>;
  checklist: EntityTable<ChecklistItem, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
  pages: EntityTable<PageRow, 'tabId'>;
  dismissals: EntityTable<Dismissal, 'id'>;
  digests: EntityTable<Digest, 'id'>;
};

/**
 * Opens the database. Only the background and extension pages call this:
 * opened in a content script it would live in the portal's origin.
 */
export function openDb(name = DB_NAME): CchcDb {
  const db = new Dexie(name) as CchcDb;
  db.version(1).stores(storesV1);
  db.version(2)
    .stores(storesV2)
    .upgrade(async (tx) => {
      // v1 kept unit names as written; v2 matches on canonical unit keys.
      await tx
        .table('tasks')
        .toCollection()
        .modify((task: TaskRecord) => {
          task.unitKeys = [...new Set((task.unitKeys ?? []).map(unitKey))];
        });
    });
  db.version(3)
    .stores(storesV3)
    .upgrade((tx) => rebuildDigests({ observations: tx.table('observations'), digests: tx.table('digests') } as DigestStore));
  db.version(4)
    .stores(storesV4)
    .upgrade(async (tx) => {
      // A primary key cannot be modified in place: every observation is written again under its new id.
      const observations = tx.table<Observation, string>('observations');
      const all = await observations.toArray();
      await observations.clear();
      await observations.bulkPut(all.map((o) => ({ ...o, id: observationId(o.host, o.type, o.key) })));
      await rebuildDigests({ observations, digests: tx.table('digests') } as DigestStore);
    });
  db.version(5).stores(storesV5);
  return db;
}

let shared: CchcDb | undefined;
export function db(): CchcDb {
  shared ??= openDb();
  return shared;
}
