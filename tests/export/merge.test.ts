import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../lib/metrics/compute';
import { activePlanTargets } from '../../lib/metrics/figures';
import { targetsInForce } from '../../lib/indicators/targets';
import { periodOf } from '../../lib/time/periods';
import { mergeExports } from '../../lib/export/merge';
import { ExportFile } from '../../lib/export/exportJson';
import { TODAY, UNIT, exportA, exportB } from './sample';

describe('mergeExports', () => {
  const merged = mergeExports([exportA, exportB], new Date('2026-11-21T00:00:00Z'));

  it('counts a dossier seen by two colleagues once, as last seen', () => {
    const dossiers = merged.observations.filter((o) => o.type === 'dossier');
    expect(dossiers).toHaveLength(3);
    const d1 = dossiers.find((o) => o.key === '000.00.12.H25-261102-0001');
    expect(d1?.seenAt).toBe(200);
    const reuse = computeMetrics(merged.observations, periodOf('month', TODAY), targetsInForce(activePlanTargets(merged.plans, merged.targets)), { today: TODAY }).find(
      (m) => m.indicator === 'procedure.data_reuse_rate',
    );
    expect(reuse).toMatchObject({ numerator: 2, denominator: 3, status: 'not_met' });
  });

  it('keeps the last-seen copy whatever the file order', () => {
    const reversed = mergeExports([exportB, exportA]);
    expect(reversed.observations.find((o) => o.key === '000.00.12.H25-261102-0001')?.seenAt).toBe(200);
  });

  it('keeps a task done by one colleague though another still has it open', () => {
    expect(merged.tasks.find((t) => t.id === 't1')).toMatchObject({ status: 'done', evidence: 'Báo cáo số 12/BC-UBND' });
    expect(merged.tasks).toHaveLength(2);
    expect(merged.plans).toHaveLength(1);
    expect(merged.targets).toHaveLength(1);
  });

  it('recognises the same plan imported separately by each colleague (other ids, same number and wording)', () => {
    const renamed: ExportFile = {
      ...exportB,
      plans: exportB.plans.map((p) => ({ ...p, id: 'p1-may-khac' })),
      tasks: exportB.tasks.map((t) => ({ ...t, id: `${t.id}-may-khac`, planId: 'p1-may-khac' })),
      targets: exportB.targets.map((t) => ({ ...t, id: `${t.id}-may-khac`, planId: 'p1-may-khac' })),
    };
    const both = mergeExports([exportA, renamed]);
    expect(both.plans).toHaveLength(1);
    expect(both.targets).toHaveLength(1);
    expect(both.tasks).toHaveLength(2);
    expect(both.tasks.find((t) => t.title === 'Rà soát, đơn giản hóa TTHC')).toMatchObject({ status: 'done', planId: both.plans[0].id });
    expect(both.tasks.every((t) => t.planId === both.plans[0].id)).toBe(true);
  });

  it('names as its scope the body over colleagues of several units (the plan\'s issuer), never one colleague\'s unit', () => {
    const other: ExportFile = { ...exportB, profile: { ...exportB.profile, unit: 'Bộ phận Một cửa' } };
    const issuer = exportA.plans[0].header.issuer;
    expect(issuer).toBeTruthy();
    expect(mergeExports([exportA, other, exportA]).profile.unit).toBe(issuer);
    const noIssuer = (f: ExportFile): ExportFile => ({ ...f, plans: f.plans.map((p) => ({ ...p, header: { ...p.header, issuer: null } })) });
    expect(mergeExports([noIssuer(exportA), noIssuer(other)]).profile.unit).toBe(`${UNIT}; Bộ phận Một cửa`);
  });

  it('is itself a valid export of the unit', () => {
    expect(ExportFile.parse(merged)).toMatchObject({ profile: { unit: UNIT }, exportedAt: '2026-11-21T00:00:00.000Z' });
  });
});
