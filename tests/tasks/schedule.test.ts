import { describe, expect, it } from 'vitest';
import { dueDate, dueNow, groupOf, groupTasks, isDone } from '../../lib/tasks/schedule';
import type { TaskRecord } from '../../lib/schema/records';
import type { Deadline } from '../../lib/schema/plan';
import { task as build } from '../build';

const TODAY = '2026-11-24'; // a Tuesday

const task = (deadline: Deadline | null, extra: Partial<TaskRecord> = {}): TaskRecord =>
  build(crypto.randomUUID(), { title: 'Nhiệm vụ', area: 'procedure', lead: 'Phòng Văn hóa - Xã hội', deadline, ...extra });

const dated = (to: string): Deadline => ({ kind: 'date', text: `trước ngày ${to}`, to });

describe('task schedule', () => {
  it('groups by due date as seen from today', () => {
    expect(groupOf(task(dated('2026-11-20')), TODAY)).toBe('overdue');
    expect(groupOf(task(dated('2026-11-24')), TODAY)).toBe('this_week');
    expect(groupOf(task(dated('2026-11-29')), TODAY)).toBe('this_week'); // Sunday
    expect(groupOf(task(dated('2026-11-30')), TODAY)).toBe('this_month');
    expect(groupOf(task(dated('2026-12-01')), TODAY)).toBe('later');
    expect(groupOf(task({ kind: 'on_request', text: 'Khi có yêu cầu' }), TODAY)).toBe('undated');
    expect(groupOf(task({ kind: 'recurring', text: 'Thường xuyên', every: 'continuous' }), TODAY)).toBe('recurring');
  });

  it('puts a quarter or a month at its last day', () => {
    expect(dueDate({ kind: 'quarter', text: 'Quý IV/2026', from: '2026-10-01', to: '2026-12-31' }, TODAY)).toBe('2026-12-31');
    expect(dueDate({ kind: 'month', text: 'Tháng 10/2025', from: '2025-10-01', to: '2025-10-31' }, TODAY)).toBe('2025-10-31');
  });

  it('gives a periodic report its next due date from the cycle', () => {
    const monthly: Deadline = { kind: 'recurring', text: 'Báo cáo hằng tháng', every: 'month' };
    const quarterly: Deadline = { kind: 'recurring', text: 'Báo cáo quý', every: 'quarter' };
    expect(dueDate(monthly, TODAY)).toBe('2026-11-30');
    expect(dueDate(quarterly, TODAY)).toBe('2026-12-31');
    expect(dueDate({ kind: 'recurring', text: 'hằng tuần', every: 'week' }, TODAY)).toBe('2026-11-29');
    expect(groupOf(task(monthly), TODAY)).toBe('this_month'); // due within a week: listed by its date
    expect(groupOf(task(quarterly), TODAY)).toBe('recurring');
  });

  it('counts a periodic report done only for the cycle it was done in', () => {
    const monthly: Deadline = { kind: 'recurring', text: 'Báo cáo hằng tháng', every: 'month' };
    const doneThisMonth = task(monthly, { status: 'done', doneAt: Date.parse('2026-11-05T03:00:00Z') });
    const doneLastMonth = task(monthly, { status: 'done', doneAt: Date.parse('2026-10-28T03:00:00Z') });
    expect(isDone(doneThisMonth, TODAY)).toBe(true);
    expect(isDone(doneLastMonth, TODAY)).toBe(false);
    expect(groupOf(doneLastMonth, TODAY)).toBe('this_month');
    expect(isDone(task(dated('2026-01-01'), { status: 'done', doneAt: 0 }), TODAY)).toBe(true);
  });

  it('gives a report due on a fixed day its next occurrence, and counts it done for that cycle only', () => {
    const monthly: Deadline = { kind: 'recurring', text: 'Trước ngày 05 của tháng liền kề', every: 'month', dueDay: 5 };
    const yearly: Deadline = { kind: 'recurring', text: 'Trước ngày 31/01 năm liền kề', every: 'year', dueDay: 31, dueMonth: 1 };
    expect(dueDate(monthly, TODAY)).toBe('2026-12-05');
    expect(dueDate(monthly, '2026-12-05')).toBe('2026-12-05');
    expect(dueDate(monthly, '2026-12-31')).toBe('2027-01-05');
    expect(dueDate(yearly, TODAY)).toBe('2027-01-31');
    expect(dueDate(yearly, '2026-01-10')).toBe('2026-01-31');
    expect(dueDate({ kind: 'recurring', text: 'ngày 31 hằng tháng', every: 'month', dueDay: 31 }, '2027-02-10')).toBe('2027-02-28');
    expect(groupOf(task(monthly), TODAY)).toBe('recurring');
    expect(groupOf(task(monthly), '2026-11-30')).toBe('this_week'); // due within a week: listed by its date
    // Done on 10 November: the report due 5 December is done; the one due 5 January is not.
    const done = task(monthly, { status: 'done', doneAt: Date.parse('2026-11-10T03:00:00Z') });
    expect(isDone(done, TODAY)).toBe(true);
    expect(isDone(done, '2026-12-06')).toBe(false);
    expect(isDone(task(monthly, { status: 'done', doneAt: Date.parse('2026-11-04T03:00:00Z') }), TODAY)).toBe(false);
  });

  it('has no due date for ongoing work, work timed by another document, or a relative deadline before its event', () => {
    expect(dueDate({ kind: 'recurring', text: 'Thường xuyên trong năm', every: 'continuous', from: '2026-01-01', to: '2026-12-31' }, TODAY)).toBeNull();
    expect(dueDate({ kind: 'per_document', text: 'Theo Quyết định số 1441/QĐ-UBND', document: '1441/QĐ-UBND' }, TODAY)).toBeNull();
    expect(dueDate({ kind: 'relative', text: 'Sau 03 tháng kể từ ...', after: { count: 3, unit: 'month' } }, TODAY)).toBeNull();
    expect(dueDate({ kind: 'relative', text: 'Sau 03 tháng kể từ ...', after: { count: 3, unit: 'month' }, from: '2026-09-01', to: '2026-12-01' }, TODAY)).toBe('2026-12-01');
  });

  it('hides snoozed tasks until their day and "not mine" ones for good', () => {
    const snoozed = task(dated('2026-11-20'), { status: 'snoozed', snoozedUntil: '2026-11-27' });
    const woke = task(dated('2026-11-20'), { status: 'snoozed', snoozedUntil: '2026-11-24' });
    const notMine = task(dated('2026-11-20'), { status: 'not_mine' });
    const groups = groupTasks([snoozed, woke, notMine], TODAY);
    expect(groups.get('overdue')).toEqual([woke]);
    expect(dueNow([snoozed, woke, notMine], TODAY)).toEqual([woke]);
  });
});
