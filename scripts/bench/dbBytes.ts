import { figure, type Figure } from './figure';
import { CHUNK, storeWorld } from './storeWorld';

/**
 * Running totals: growth from the empty database to after each insert,
 * over the observations stored so far. One insert's own growth swings from
 * negative to twice the mean as LevelDB compacts its log into tables, so
 * per-insert figures would measure compaction timing, not the records.
 */
function cumulative(growth: readonly number[]): number[] {
  let bytes = 0;
  return growth.map((g, i) => (bytes += g) / ((i + 1) * CHUNK));
}

/**
 * Growth of the extension's database per stored dossier observation, from
 * the store world's seeding: five inserts of 20,000 observations (made from
 * the 1,000-row list by checkPage and observationsFromReport, as the
 * background stores them).
 */
export async function dbBytesPerObservation(): Promise<Figure> {
  const { chunks } = await storeWorld();
  const round = (xs: number[]) => xs.map(Math.round);
  return figure(cumulative(chunks.map((c) => c.estimateBytes)), {
    unit: 'bytes',
    budget: 400,
    digits: 0,
    how: `navigator.storage.estimate().usage in the extension's origin before the first and after each of ${chunks.length} bulkPuts of ${CHUNK} dossier observations (running total of growth over observations stored so far; each step is a run), each read once the profile's IndexedDB files have not changed for 1.5 s (LevelDB's background compactions done; detail.settledAfterMs); detail.diskBytesPerObservation is the same from the size of those files, read while the database stays open (the background keeps it open), so LevelDB's not-yet-compacted log counts`,
    detail: {
      insertsOf: CHUNK,
      diskBytesPerObservation: round(cumulative(chunks.map((c) => c.diskBytes))),
      indexedDbEstimateBytesPerObservation: chunks.every((c) => c.indexedDbEstimateBytes !== null)
        ? round(cumulative(chunks.map((c) => c.indexedDbEstimateBytes!)))
        : null,
      perInsertEstimateBytesPerObservation: chunks.map((c) => Math.round(c.estimateBytes / CHUNK)),
      settledAfterMs: chunks.map((c) => c.settledAfterMs),
    },
  });
}
