import type { PageReport } from '../schema/facts';
import type { Period } from '../time/periods';
import { observationId, observationIdPrefix, type Observation } from '../schema/records';
import type { CchcDb } from './db';
import { datedObservations, updateDigests } from './digests';

interface Seen {
  host: string;
  unit: string | null;
  now: number;
  today: string;
}

/**
 * Turns one page's report into observations keyed so that seeing the same
 * dossier, procedure, feedback item or document again updates it. Each
 * observation counts on the date the indicators count it on (a dossier on the
 * day it was received).
 */
export function observationsFromReport(report: PageReport, seen: Seen): Observation[] {
  const common = (type: Observation['type'], key: string, date: string | null) => ({
    id: observationId(seen.host, type, key),
    key,
    host: seen.host,
    firstSeenAt: seen.now,
    seenAt: seen.now,
    date,
    unit: seen.unit,
  });
  const out: Observation[] = [];
  for (const d of report.dossiers ?? []) {
    out.push({ ...common('dossier', d.code, d.receivedAt ?? d.completedAt ?? seen.today), type: 'dossier', data: d });
  }
  for (const f of report.feedback ?? []) {
    out.push({ ...common('feedback', f.code, f.receivedAt ?? f.dueAt ?? seen.today), type: 'feedback', data: f });
  }
  if (report.procedure?.code) {
    out.push({ ...common('procedure', report.procedure.code, seen.today), type: 'procedure', data: report.procedure });
  }
  for (const s of report.indexScores ?? []) {
    out.push({ ...common('index_score', `${s.unit}|${s.period ?? ''}`, seen.today), type: 'index_score', data: s });
  }
  for (const doc of report.documents ?? []) {
    out.push({ ...common('document', doc.number, doc.issuedAt ?? doc.receivedAt ?? seen.today), type: 'document', data: doc });
  }
  return out;
}

/** Upserts, keeping when each record was first seen, and keeps the day digests in step. */
export async function upsertObservations(db: CchcDb, observations: Observation[]): Promise<number> {
  if (observations.length === 0) return 0;
  await db.transaction('rw', db.observations, db.digests, async () => {
    const existing = await db.observations.bulkGet(observations.map((o) => o.id));
    const merged = observations.map((o, i) => {
      const before = existing[i];
      return before ? { ...o, firstSeenAt: before.firstSeenAt } : o;
    });
    await db.observations.bulkPut(merged);
    await updateDigests(db, existing, merged);
  });
  return observations.length;
}


/**
 * The observations metrics need for a period: dossiers and feedback from the
 * day digests of the period (their date is the day received), plus the
 * procedure catalogue and the published index scores, which are few and undated.
 */
export async function loadPeriodObservations(db: CchcDb, period: Period): Promise<Observation[]> {
  const [dated, undated] = await Promise.all([
    datedObservations(db, period.from, period.to),
    db.observations.where(':id').startsWithAnyOf((['procedure', 'index_score'] as const).map(observationIdPrefix)).toArray(),
  ]);
  return [...dated, ...undated];
}
