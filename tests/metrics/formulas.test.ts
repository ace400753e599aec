import { describe, expect, it } from 'vitest';
import {
  dataReuseRate,
  digitizationRate,
  eResultRate,
  feedbackOnTimeRate,
  fullOnlineProcedureRate,
  onTimeRate,
  onlineDossierRate,
  onlineSatisfactionRate,
  planTaskCompletionRate,
  satisfactionRate,
} from '../../lib/metrics/formulas';
import { dossier, feedback, procedure, task } from '../build';

const ctx = { today: '2026-11-20' };

/**
 * Seven dossiers of November 2026, worked out by hand:
 * A resolved early, everything electronic; B resolved two days late;
 * C still within its time; D past its due date, rated dissatisfied;
 * E marked on time by the portal but asked twice for supplements;
 * F refused at the desk (counts nowhere); G on time, rated dissatisfied.
 */
const dossiers = [
  dossier('A', { resolved: true, completedAt: '2026-11-05', dueAt: '2026-11-06', eResult: true, dataReuse: true, digitized: true, channel: 'online', rating: 'very_satisfied' }),
  dossier('B', { resolved: true, completedAt: '2026-11-10', dueAt: '2026-11-08', eResult: false, dataReuse: false, digitized: true, channel: 'direct', rating: 'satisfied' }),
  dossier('C', { dueAt: '2026-11-25', digitized: false, channel: 'online' }),
  dossier('D', { dueAt: '2026-11-15', rating: 'dissatisfied' }),
  dossier('E', { resolved: true, onTime: true, supplementRequests: 2, dataReuse: true, channel: 'postal', rating: 'satisfied' }),
  dossier('F', { status: 'Không được tiếp nhận', resolved: true, eResult: true, dataReuse: true, digitized: true, onTime: true, channel: 'online' }),
  dossier('G', { resolved: true, onTime: true, eResult: true, dataReuse: true, digitized: true, channel: 'online', rating: 'dissatisfied' }),
];

describe('dossier indicators', () => {
  it('e-results: resolved dossiers only, an unshown result is unknown', () => {
    // A, G electronic; B paper; E not shown; C, D unresolved; F refused.
    expect(eResultRate(dossiers, ctx)).toEqual({ indicator: 'procedure.e_result_rate', numerator: 2, denominator: 3, unknown: 1, rate: 2 / 3 });
  });
  it('data reuse over received dossiers', () => {
    // A, E, G reused; B not; C, D not shown.
    expect(dataReuseRate(dossiers, ctx)).toMatchObject({ numerator: 3, denominator: 4, unknown: 2, rate: 0.75 });
  });
  it('on time: within time counts as on time, a second supplement request as late', () => {
    // A early, C within time, G marked on time; B late, D overdue, E twice supplemented.
    expect(onTimeRate(dossiers, ctx)).toMatchObject({ numerator: 3, denominator: 6, unknown: 0, rate: 0.5 });
  });
  it('a dossier due today is still within its time', () => {
    expect(onTimeRate([dossier('X', { dueAt: '2026-11-20' })], ctx).rate).toBe(1);
    expect(onTimeRate([dossier('X', { dueAt: '2026-11-19' })], ctx).rate).toBe(0);
    expect(onTimeRate([dossier('X', { resolved: true, completedAt: '2026-11-19', dueAt: '2026-11-19' })], ctx).rate).toBe(1);
  });
  it('one supplement request is not late', () => {
    expect(onTimeRate([dossier('X', { onTime: true, supplementRequests: 1 })], ctx).rate).toBe(1);
  });
  it('satisfaction: dossiers minus dissatisfied or overdue', () => {
    // A, C satisfied; B late, D dissatisfied and late, E late, G dissatisfied.
    expect(satisfactionRate(dossiers, ctx)).toMatchObject({ numerator: 2, denominator: 6, rate: 2 / 6 });
  });
  it('online satisfaction: ratings on online dossiers only', () => {
    // A very satisfied, G dissatisfied; C online but unrated.
    expect(onlineSatisfactionRate(dossiers, ctx)).toMatchObject({ numerator: 1, denominator: 2, unknown: 0, rate: 0.5 });
  });
  it('digitisation', () => {
    expect(digitizationRate(dossiers, ctx)).toMatchObject({ numerator: 3, denominator: 4, unknown: 2, rate: 0.75 });
  });
  it('online submission', () => {
    // A, C, G online; B direct, E postal; D not shown.
    expect(onlineDossierRate(dossiers, ctx)).toMatchObject({ numerator: 3, denominator: 5, unknown: 1, rate: 0.6 });
  });
  it('has no rate, not 0%, without dossiers', () => {
    for (const f of [eResultRate, dataReuseRate, onTimeRate, satisfactionRate, onlineSatisfactionRate, digitizationRate, onlineDossierRate]) {
      expect(f([], ctx)).toMatchObject({ numerator: 0, denominator: 0, rate: null });
    }
    expect(eResultRate([dossier('U')], ctx).rate).toBeNull();
  });
});

describe('feedback on time', () => {
  const late = { today: '2026-11-30' };
  it('counts answered on time plus still within time, over feedback items', () => {
    const items = [
      feedback('F1', { onTime: true }),
      feedback('F2', { dueAt: '2026-11-10', handledAt: '2026-11-12' }),
      feedback('F3', { dueAt: '2026-12-05' }),
      // No due date shown: 15 working days from 26/10 is 16/11, long gone.
      feedback('F4', { receivedAt: '2026-10-26' }),
      feedback('F5'),
      // 15 working days from Monday 02/11 is Monday 23/11.
      feedback('F6', { receivedAt: '2026-11-02', handledAt: '2026-11-23' }),
      feedback('F7', { receivedAt: '2026-11-02', handledAt: '2026-11-24' }),
    ];
    expect(feedbackOnTimeRate(items, late)).toEqual({
      indicator: 'procedure.feedback_on_time_rate',
      numerator: 3,
      denominator: 6,
      unknown: 1,
      rate: 0.5,
    });
  });
  it('has no rate without feedback', () => {
    expect(feedbackOnTimeRate([], late).rate).toBeNull();
  });
});

describe('procedures and tasks', () => {
  it('full online procedures among those whose level is shown', () => {
    const ps = [procedure({ onlineLevel: 'full' }), procedure({ onlineLevel: 'partial' }), procedure({ onlineLevel: 'none' }), procedure()];
    expect(fullOnlineProcedureRate(ps, ctx)).toMatchObject({ numerator: 1, denominator: 3, unknown: 1 });
  });
  it('plan tasks done by their deadline over tasks due', () => {
    const at = (iso: string) => Date.parse(`${iso}T03:00:00Z`);
    const tasks = [
      task('1', { deadline: { kind: 'date', text: '15/11', to: '2026-11-15' }, status: 'done', doneAt: at('2026-11-15') }),
      task('2', { deadline: { kind: 'date', text: '10/11', to: '2026-11-10' }, status: 'done', doneAt: at('2026-11-12') }),
      task('3', { deadline: { kind: 'date', text: '18/11', to: '2026-11-18' } }),
      // Not yet due: not counted until done or late.
      task('4', { deadline: { kind: 'date', text: '30/11', to: '2026-11-30' } }),
      task('5', { deadline: { kind: 'date', text: '30/11', to: '2026-11-30' }, status: 'done', doneAt: at('2026-11-19') }),
      task('6', { deadline: { kind: 'date', text: '01/11', to: '2026-11-01' }, status: 'not_mine' }),
      task('7', { deadline: { kind: 'recurring', text: 'thường xuyên' } }),
    ];
    expect(planTaskCompletionRate(tasks, ctx)).toMatchObject({ numerator: 2, denominator: 4, unknown: 0, rate: 0.5 });
  });
  it('takes the day a task was done in Việt Nam time', () => {
    // 23:30 on 15/11 in Hà Nội is 16:30 UTC: still the deadline day.
    const t = task('1', { deadline: { kind: 'date', text: '15/11', to: '2026-11-15' }, status: 'done', doneAt: Date.parse('2026-11-15T16:30:00Z') });
    expect(planTaskCompletionRate([t], ctx).rate).toBe(1);
    const late = { ...t, doneAt: Date.parse('2026-11-15T17:30:00Z') };
    expect(planTaskCompletionRate([late], ctx).rate).toBe(0);
  });
});
