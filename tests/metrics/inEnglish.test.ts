import { describe, expect, it } from 'vitest';
import { toMetric } from '../../lib/metrics/compute';
import { customPeriod, periodOf } from '../../lib/time/periods';
import { estimate766, type PublishedScore } from '../../lib/metrics/index766';
import { comparedIn, takesIn } from './worded';
import type { MeasuredIndicator } from '../../lib/indicators';
import type { TargetInForce as Target } from '../../lib/indicators/targets';

const whatItTakes = takesIn('en');
const compare766 = comparedIn('en');
const november = periodOf('month', '2026-11-01');
const window = customPeriod('2026-09-15', '2026-12-14');
const reuse = (numerator: number, denominator: number, value = 80, comparator: Target['comparator'] = 'gte') =>
  toMetric(
    { indicator: 'procedure.data_reuse_rate', numerator, denominator, unknown: 0, rate: denominator ? numerator / denominator : null },
    [{ indicator: 'procedure.data_reuse_rate', comparator, value, source: '', text: '' }],
  );
/** Any letter with a Vietnamese diacritic, or đ. */
const VIETNAMESE = /[À-ỹđĐ]/;

describe('whatItTakes in English', () => {
  // Each kind of sentence, with the numbers it must carry: one case per branch of the Vietnamese tests.
  const cases: [string, ReturnType<typeof reuse>, typeof november, string, string[]][] = [
    ['reachable', reuse(15, 20), november, '2026-11-20', ['75.0%', '80%', '9 more dossiers', '10', '30/11/2026']],
    ['out of reach, several expected', reuse(12, 20), november, '2026-11-20', ['80%', '10 more dossiers', '73.3%', '12 more dossiers']],
    ['met whatever comes', reuse(100, 100, 10), november, '2026-11-10', ['100.0%', '10%', '200', '30/11/2026']],
    ['met, nothing expected', reuse(2, 2), november, '2026-11-28', ['100.0%', '80%']],
    ['out of reach, nothing expected', reuse(0, 2), november, '2026-11-28', ['80%', '30/11/2026', '0.0%']],
    ['out of reach, one expected', reuse(0, 2), november, '2026-11-20', ['1 more dossier ', '33.3%', '3 more dossiers']],
    ['the one expected must count', reuse(4, 5), november, '2026-11-25', ['80.0%', '80%', 'the one dossier', '30/11/2026']],
    ['a "trên" target', reuse(16, 20, 80, 'gt'), november, '2026-11-20', ['hold above 80%', '9 more dossiers']],
    ['ended, met', reuse(2, 2), window, '2026-12-20', ['100.0%', '80%', '15/09/2026', '14/12/2026']],
    ['ended, short', reuse(12, 20), november, '2026-12-03', ['60.0%', '80%', '11/2026']],
    ['no data', reuse(0, 0), november, '2026-11-20', ['11/2026']],
    ['not started', reuse(0, 0), window, '2026-09-01', ['15/09/2026', '14/12/2026']],
  ];
  it.each(cases)('%s: no Vietnamese, and its numbers', (_, metric, period, today, numbers) => {
    const sentence = whatItTakes(metric, period, today)?.sentence ?? '';
    expect(sentence).not.toMatch(VIETNAMESE);
    for (const n of numbers) expect(sentence).toContain(n);
  });

  it('counts one dossier and several as English does', () => {
    expect(whatItTakes(reuse(0, 2), november, '2026-11-20')?.sentence).toBe(
      '80% is hard to reach in 11/2026 at the current pace: only 1 more dossier is expected by 30/11/2026; even if it were to reuse digitised data, the rate would only reach 33.3%, while 3 more dossiers must reuse digitised data.',
    );
    expect(whatItTakes(reuse(0, 0), november, '2026-11-20')?.sentence).toBe('No dossiers recorded in 11/2026 yet: the pace cannot be worked out.');
  });
});

describe('compare766 in English', () => {
  const q4 = periodOf('quarter', '2026-10-01');
  const m = (indicator: MeasuredIndicator, numerator: number, denominator: number) =>
    toMetric({ indicator, numerator, denominator, unknown: 0, rate: denominator ? numerator / denominator : null }, []);
  const metrics = (dossiers: number) => [
    m('procedure.on_time_rate', Math.round(dossiers * 0.9), dossiers),
    m('procedure.e_result_rate', 3, 4),
    m('procedure.data_reuse_rate', 6, 10),
    m('procedure.digitization_rate', 0, 0),
  ];
  const published = (scope: PublishedScore['scope'], TDGQ: number): PublishedScore => ({
    unit: 'Dong Kinh',
    period: 'IV/2026',
    groups: { CKMB: 16, TDGQ, CLGQ: 10, TTTT: 5, MDHL: 15, MDSH: 15 },
    total: 61 + TDGQ,
    scope,
  });
  const texts = (c: ReturnType<typeof compare766>) => [...c.groups.flatMap((g) => [g.name, g.explanation]), ...c.notes];

  it('names the groups and explains every difference and note without Vietnamese', () => {
    for (const c of [
      compare766(estimate766(metrics(20), q4), published('unit', 17.5), '2027-01-10'),
      compare766(estimate766(metrics(20), q4), published('province', 18), '2027-01-10'),
      compare766(estimate766(metrics(10), q4), published('unit', 9), '2027-01-10'),
      compare766(estimate766(metrics(0), q4), null, '2026-11-20'),
    ]) {
      for (const text of texts(c)) expect(text).not.toMatch(VIETNAMESE);
    }
    const c = compare766(estimate766(metrics(20), q4), published('unit', 17.5), '2027-01-10');
    const g = Object.fromEntries(c.groups.map((x) => [x.group, x]));
    expect(g.TDGQ.explanation).toBe('The portal published 17.5/20 points; estimated 18.0/20 points from dossiers resolved early or on time — 0.5 points apart (the portal is lower).');
    expect(g.MDSH.explanation).toMatch(/i\.e\. 8\/22 of the group's points: not directly comparable\.$/);
    expect(g.CKMB.explanation).toBe('The portal published 16.0/18 points; the extension cannot see the indicators of this group.');
    expect(c.notes[0]).toContain('30.0/34 points');
    expect(c.notes.at(-1)).toBe('Published by the portal for Dong Kinh, IV/2026: 78.5/100 points in total.');
  });

  it('counts no dossier, one and several as English does', () => {
    const note = (dossiers: number) => compare766(estimate766(metrics(dossiers), q4), null, '2027-01-10').notes[1];
    expect(note(0)).toBe("Counts only the dossiers you opened in quarter IV/2026 (0 dossiers); the portal counts all of the unit's dossiers.");
    expect(note(1)).toContain('(1 dossier)');
    expect(note(2)).toContain('(2 dossiers)');
  });
});
