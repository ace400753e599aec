import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/db';
import { datedObservations, rebuildDigests } from '../../lib/db/digests';
import { upsertObservations } from '../../lib/db/observations';
import { dossier, dossierObs, feedback, feedbackObs, procedure, procedureObs } from '../build';

const fresh = () => openDb(`digest-${crypto.randomUUID()}`);
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('day digests', () => {
  it('give back exactly the observations of the days asked for', async () => {
    const db = fresh();
    const inRange = [
      dossierObs(dossier('A', { receivedAt: '2026-04-01', eResult: true, supplementRequests: 2 }), { unit: 'Phòng Văn hóa - Xã hội' }),
      dossierObs(dossier('B', { receivedAt: '2026-06-30', rating: 'dissatisfied' })),
      feedbackObs(feedback('PA-1', { receivedAt: '2026-05-05', handledAt: '2026-05-06' })),
    ];
    const outside = [dossierObs(dossier('C', { receivedAt: '2026-07-01' })), procedureObs('1.000253', procedure())];
    await upsertObservations(db, [...inRange, ...outside]);
    expect(byId(await datedObservations(db, '2026-04-01', '2026-06-30'))).toEqual(byId(inRange));
  });

  it('follow a dossier whose date changed, and never count it twice', async () => {
    const db = fresh();
    await upsertObservations(db, [dossierObs(dossier('A', { receivedAt: '2026-04-01' }), { seenAt: 1 })]);
    await upsertObservations(db, [dossierObs(dossier('A', { receivedAt: '2026-04-02', eResult: true }), { seenAt: 2 })]);
    await upsertObservations(db, [dossierObs(dossier('A', { receivedAt: '2026-04-02', eResult: true }), { seenAt: 3 })]);
    const got = await datedObservations(db, '2026-04-01', '2026-04-30');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ date: '2026-04-02', seenAt: 3, firstSeenAt: 1, data: { eResult: true } });
    expect(await db.digests.get('dossier:2026-04-01')).toBeUndefined();
  });

  it('are rebuilt whole from the observations table', async () => {
    const db = fresh();
    const all = [dossierObs(dossier('A', { receivedAt: '2026-04-01' })), feedbackObs(feedback('F', { receivedAt: '2026-04-03' }))];
    await upsertObservations(db, all);
    await db.digests.clear();
    await db.transaction('rw', db.observations, db.digests, () => rebuildDigests(db));
    expect(byId(await datedObservations(db, '2026-01-01', '2026-12-31'))).toEqual(byId(all));
  });
});

describe('what a digest keeps', () => {
  it('is every field of a dossier and of a feedback item, in the schema’s order', async () => {
    const { FIELDS } = await import('../../lib/db/digests');
    const { Dossier, Feedback } = await import('../../lib/schema/facts');
    expect(FIELDS.dossier).toEqual(Object.keys(Dossier.shape));
    expect(FIELDS.feedback).toEqual(Object.keys(Feedback.shape));
    // The layout rows already stored were packed with: changing it needs a database version that rebuilds them.
    expect(FIELDS.dossier).toEqual([
      'code', 'procedureName', 'channel', 'status', 'receivedAt', 'dueAt', 'completedAt',
      'resolved', 'onTime', 'eResult', 'digitized', 'dataReuse', 'rating', 'supplementRequests',
    ]);
  });
  it('gives back a dossier with every field set exactly as stored', async () => {
    const db = fresh();
    const full = dossierObs(
      dossier('F', {
        procedureName: 'Đăng ký khai sinh', channel: 'online', status: 'Đã trả kết quả', receivedAt: '2026-04-01', dueAt: '2026-04-03',
        completedAt: '2026-04-02', resolved: true, onTime: true, eResult: true, digitized: false, dataReuse: true, rating: 'satisfied', supplementRequests: 1,
      }),
    );
    await upsertObservations(db, [full]);
    const [got] = await datedObservations(db, '2026-04-01', '2026-04-01');
    expect(got).toEqual(full);
  });
});
