import { describe, expect, it } from 'vitest';
import { remindersDue, inWorkingHours } from '../../lib/tasks/reminders';
import { defaultSettings } from '../../lib/schema/settings';
import type { TaskRecord } from '../../lib/schema/records';
import { task as build } from '../build';

const at = (isoLocal: string) => Date.parse(`${isoLocal}+07:00`);
const task = (id: string, to: string, extra: Partial<TaskRecord> = {}): TaskRecord =>
  build(id, { deadline: { kind: 'date', text: to, to }, ...extra });

describe('reminders', () => {
  const settings = defaultSettings();
  const tasks = [task('a', '2026-11-24'), task('b', '2026-11-25'), task('c', '2026-11-24', { status: 'done', doneAt: 1 })];

  it('reminds on the day and the day before, in working hours, once', () => {
    const now = at('2026-11-24T09:00:00');
    const due = remindersDue(tasks, settings, now, new Set());
    expect(due.map((r) => r.id)).toEqual(['on_day:a:2026-11-24', 'day_before:b:2026-11-25']);
    expect(due[0]).toMatchObject({ title: 'Nhiệm vụ đến hạn hôm nay', message: 'Nhiệm vụ a' });
    expect(remindersDue(tasks, settings, now, new Set(due.map((r) => r.id)))).toEqual([]);
  });

  it('stays quiet outside working hours and at weekends, in Việt Nam time', () => {
    expect(inWorkingHours(settings, at('2026-11-24T07:29:00'))).toBe(false);
    expect(inWorkingHours(settings, at('2026-11-24T07:30:00'))).toBe(true);
    expect(inWorkingHours(settings, at('2026-11-24T17:00:00'))).toBe(false);
    expect(inWorkingHours(settings, at('2026-11-28T09:00:00'))).toBe(false); // Saturday
    expect(remindersDue(tasks, settings, at('2026-11-24T20:00:00'), new Set())).toEqual([]);
  });

  it('sends the weekly summary on Monday morning with the counts', () => {
    const monday = at('2026-11-23T08:00:00');
    const due = remindersDue([task('x', '2026-11-20'), task('y', '2026-11-26')], settings, monday, new Set());
    expect(due.find((r) => r.id === 'weekly:2026-11-23')?.message).toBe(
      '1 việc quá hạn, 1 việc đến hạn trong tuần, 0 việc trong tháng.',
    );
  });

  it('sends nothing when reminders are off', () => {
    const off = { ...settings, reminders: { ...settings.reminders, enabled: false } };
    expect(remindersDue(tasks, off, at('2026-11-24T09:00:00'), new Set())).toEqual([]);
  });
});
