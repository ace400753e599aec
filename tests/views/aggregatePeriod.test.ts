import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type CchcDb } from '../../lib/db/db';
import { upsertObservations } from '../../lib/db/observations';
import { loadPeriodObservations } from '../../lib/db/observations';
import { aggregatePeriod } from '../../lib/views/targets';
import { periodOf } from '../../lib/time/periods';
import type { Observation } from '../../lib/schema/records';
import { dossier, dossierObs, feedback, feedbackObs, procedure, procedureObs } from '../build';

let db: CchcDb;
afterEach(async () => {
  await db.delete();
});

describe('loadPeriodObservations', () => {
  it('takes dossiers and feedback of the period from the day digests, plus procedures and index scores', async () => {
    db = openDb(`test-${Math.random()}`);
    const index: Observation = {
      id: 'index_score:x',
      key: 'x',
      host: 'dichvucong.gov.vn',
      firstSeenAt: 1,
      seenAt: 1,
      date: null,
      unit: 'Phường Đông Kinh',
      type: 'index_score',
      data: { unit: 'Phường Đông Kinh', period: 'Quý IV/2026', groups: { CKMB: 1, TDGQ: 2, CLGQ: 3, TTTT: 4, MDHL: 5, MDSH: 6 }, total: 21 },
    };
    await upsertObservations(db, [
      dossierObs(dossier('D-OCT', { receivedAt: '2026-10-31' })),
      dossierObs(dossier('D-NOV1', { receivedAt: '2026-11-01', dataReuse: true })),
      dossierObs(dossier('D-NOV30', { receivedAt: '2026-11-30', dataReuse: false })),
      dossierObs(dossier('D-DEC', { receivedAt: '2026-12-01' })),
      dossierObs(dossier('D-NULL')),
      feedbackObs(feedback('F-NOV', { receivedAt: '2026-11-10' })),
      feedbackObs(feedback('F-DEC', { receivedAt: '2026-12-10' })),
      procedureObs('1.000253', procedure({ onlineLevel: 'full' })),
      index,
    ]);
    const november = periodOf('month', '2026-11-15');
    const ids = (await loadPeriodObservations(db, november)).map((o) => o.id).sort();
    expect(ids).toEqual(['dossier:motcua.langson.gov.vn:D-NOV1', 'dossier:motcua.langson.gov.vn:D-NOV30', 'feedback:motcua.langson.gov.vn:F-NOV', 'index_score:x', 'procedure:motcua.langson.gov.vn:1.000253']);

    const metrics = await aggregatePeriod(db, november, [], { today: '2026-12-05' });
    expect(metrics.find((m) => m.indicator === 'procedure.data_reuse_rate')).toMatchObject({ numerator: 1, denominator: 2 });
  });
});
