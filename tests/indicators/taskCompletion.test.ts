import { describe, expect, it } from 'vitest';
import { taskCompletion } from '../../lib/indicators/taskCompletion';
import { task } from '../build';
import { rateOf } from './sample';

const at = (iso: string) => Date.parse(`${iso}T03:00:00Z`);

describe('plan task completion indicator', () => {
  it('counts tasks done by their deadline over tasks due; not the unit’s are left out', () => {
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
    expect(rateOf(taskCompletion, tasks)).toMatchObject({ numerator: 2, denominator: 4, unknown: 0, rate: 0.5 });
  });
  it('takes the day a task was done in Việt Nam time', () => {
    // 23:30 on 15/11 in Hà Nội is 16:30 UTC: still the deadline day.
    const t = task('1', { deadline: { kind: 'date', text: '15/11', to: '2026-11-15' }, status: 'done', doneAt: Date.parse('2026-11-15T16:30:00Z') });
    expect(rateOf(taskCompletion, [t]).rate).toBe(1);
    expect(rateOf(taskCompletion, [{ ...t, doneAt: Date.parse('2026-11-15T17:30:00Z') }]).rate).toBe(0);
  });
  it('counts a monthly report done in its current cycle', () => {
    const report = task('8', { deadline: { kind: 'recurring', text: 'hằng tháng', every: 'month' }, status: 'done', doneAt: at('2026-11-10') });
    expect(rateOf(taskCompletion, [report]).rate).toBe(1);
  });
});
