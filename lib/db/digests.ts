import { Dossier, Feedback } from '../schema/facts';
import { observationId, observationIdPrefix, type Observation } from '../schema/records';
import type { CchcDb } from './db';

/**
 * Day digests: every dossier and feedback observation of one day, packed as
 * arrays in one record. A quarter's metrics then read ~90 records instead of
 * tens of thousands: with IndexedDB the cost is per record, and reading 25,000
 * separate records took well over a second. The observations table stays the
 * record of truth; the digests are an index kept in step by the one write
 * path (upsertObservations) and rebuilt whole after a restore or an upgrade.
 */
export interface Digest {
  /** `${type}:${date}` */
  id: string;
  items: Packed[];
}
type Packed = (string | number | boolean | null)[];

/** The two tables the digests are made from and kept in: a database, or an upgrade's transaction. */
export type DigestStore = Pick<CchcDb, 'observations' | 'digests'>;

type Dated = Extract<Observation, { type: 'dossier' | 'feedback' }>;
type DatedType = Dated['type'];

/**
 * The packed fields, read from the schemas themselves so that no field of a
 * dossier or feedback item can be left out of the digests. Their order is the
 * schema's: a new field goes last in the schema, with a database version that
 * rebuilds the digests (rebuildDigests), since rows already packed are shorter.
 */
export const FIELDS = {
  dossier: Object.keys(Dossier.shape) as (keyof Dossier)[],
  feedback: Object.keys(Feedback.shape) as (keyof Feedback)[],
};
/** Fields that are optional rather than nullable: absent, not null, when unknown. */
const OPTIONAL = new Set<string>(
  [...Object.entries(Dossier.shape), ...Object.entries(Feedback.shape)].filter(([, type]) => type.safeParse(undefined).success).map(([name]) => name),
);

export const isDated = (o: Observation): o is Dated & { date: string } => (o.type === 'dossier' || o.type === 'feedback') && o.date !== null;

export const digestId = (type: DatedType, date: string): string => `${type}:${date}`;

function pack(o: Dated): Packed {
  const data = o.data as unknown as Record<string, string | number | boolean | null | undefined>;
  return [...FIELDS[o.type].map((f) => data[f] ?? null), o.unit, o.seenAt, o.firstSeenAt, o.host];
}

/** The observation id a packed row stands for: one code may be shown by two hosts. */
function packedId(digest: string, row: Packed): string {
  const type = digest.slice(0, digest.indexOf(':')) as DatedType;
  return observationId(row[FIELDS[type].length + 3] as string, type, row[0] as string);
}

function unpack(type: DatedType, date: string, row: Packed): Observation {
  const fields = FIELDS[type];
  const data: Record<string, unknown> = {};
  fields.forEach((f, i) => {
    if (row[i] !== null || !OPTIONAL.has(f)) data[f] = row[i];
  });
  const [unit, seenAt, firstSeenAt, host] = row.slice(fields.length) as [string | null, number, number, string];
  const code = row[0] as string;
  return { id: observationId(host, type, code), key: code, host, firstSeenAt, seenAt, date, unit, type, data } as Observation;
}

/**
 * Moves each observation's packed copy to the digest of its (new) date. Runs
 * inside the caller's transaction, which must include the digests table.
 */
export async function updateDigests(db: DigestStore, before: readonly (Observation | undefined)[], after: readonly Observation[]): Promise<void> {
  const remove = new Map<string, Set<string>>();
  const add = new Map<string, Packed[]>();
  for (const old of before) {
    if (!old || !isDated(old)) continue;
    const id = digestId(old.type, old.date);
    remove.set(id, (remove.get(id) ?? new Set()).add(old.id));
  }
  for (const o of after) {
    if (!isDated(o)) continue;
    const id = digestId(o.type, o.date);
    remove.set(id, (remove.get(id) ?? new Set()).add(o.id));
    add.set(id, [...(add.get(id) ?? []), pack(o)]);
  }
  const ids = [...remove.keys()];
  if (!ids.length) return;
  const current = await db.digests.bulkGet(ids);
  const put: Digest[] = [];
  const emptied: string[] = [];
  ids.forEach((id, i) => {
    const gone = remove.get(id)!;
    const items = [...(current[i]?.items ?? []).filter((row) => !gone.has(packedId(id, row))), ...(add.get(id) ?? [])];
    if (items.length) put.push({ id, items });
    else emptied.push(id);
  });
  await db.digests.bulkPut(put);
  await db.digests.bulkDelete(emptied);
}

/** Rebuilds every digest from the observations table, in the caller's transaction. */
export async function rebuildDigests(db: DigestStore): Promise<void> {
  await db.digests.clear();
  const dated: Observation[] = [];
  await db.observations
    .where(':id')
    .startsWithAnyOf((['dossier', 'feedback'] as const).map(observationIdPrefix))
    .each((o) => void dated.push(o));
  await updateDigests(db, [], dated);
}

/** The first and last day with a dossier or feedback item, from the digests' keys alone (an emptied digest is deleted). */
export async function datedSpan(db: DigestStore): Promise<{ from: string; to: string } | null> {
  const days: string[] = [];
  for (const type of ['dossier', 'feedback'] as const) {
    const ofType = () => db.digests.where(':id').between(digestId(type, ''), digestId(type, '\uffff'));
    const [first, last] = await Promise.all([ofType().first(), ofType().last()]);
    for (const d of [first, last]) if (d) days.push(d.id.slice(type.length + 1));
  }
  days.sort();
  return days.length === 0 ? null : { from: days[0], to: days[days.length - 1] };
}

/** The dossiers and feedback of the days from `from` to `to`, rebuilt from their digests. */
export async function datedObservations(db: DigestStore, from: string, to: string): Promise<Observation[]> {
  const out: Observation[] = [];
  for (const type of ['dossier', 'feedback'] as const) {
    const digests = await db.digests.where(':id').between(digestId(type, from), digestId(type, to), true, true).toArray();
    for (const d of digests) {
      const date = d.id.slice(type.length + 1);
      for (const row of d.items) out.push(unpack(type, date, row));
    }
  }
  return out;
}
