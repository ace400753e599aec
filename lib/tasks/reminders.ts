import type { Settings } from '../schema/settings';
import type { TaskRecord } from '../schema/records';
import { addDays, vietnamDate } from '../time/dates';
import { translate, type Language } from '../i18n';
import { dueDate, groupTasks, isDone, isVisible } from './schedule';

export interface Reminder {
  /** Stable per task, kind and day: a reminder is sent once. */
  id: string;
  title: string;
  message: string;
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' });

/** Hour and weekday in Việt Nam: reminders keep to the working day, whatever the computer's zone. */
export function vietnamClock(now: number): { time: string; weekday: string } {
  const parts = clock.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { time: `${part('hour')}:${part('minute')}`, weekday: part('weekday') };
}

export function inWorkingHours(settings: Settings, now: number): boolean {
  const { time, weekday } = vietnamClock(now);
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  return time >= settings.reminders.workStart && time < settings.reminders.workEnd;
}

/**
 * The reminders to send now: the day before and on the day a task is due, and
 * a Monday summary, only in working hours and never twice.
 */
export function remindersDue(
  tasks: readonly TaskRecord[],
  settings: Settings,
  now: number,
  sent: ReadonlySet<string>,
): Reminder[] {
  const r = settings.reminders;
  if (!r.enabled || !inWorkingHours(settings, now)) return [];
  const lang: Language = settings.language;
  const today = vietnamDate(now);
  const tomorrow = addDays(today, 1);
  const out: Reminder[] = [];
  for (const task of tasks) {
    if (isDone(task, today) || !isVisible(task, today)) continue;
    const due = dueDate(task.deadline, today);
    if (r.onDay && due === today) {
      out.push({ id: `on_day:${task.id}:${today}`, title: translate(lang, 'reminderToday'), message: task.title });
    } else if (r.dayBefore && due === tomorrow) {
      out.push({ id: `day_before:${task.id}:${due}`, title: translate(lang, 'reminderTomorrow'), message: task.title });
    }
  }
  if (r.weeklySummary && vietnamClock(now).weekday === 'Mon') {
    const groups = groupTasks(tasks, today);
    out.push({
      id: `weekly:${today}`,
      title: translate(lang, 'weeklyTitle'),
      message: translate(lang, 'weeklyBody', {
        overdue: groups.get('overdue')!.length,
        week: groups.get('this_week')!.length,
        month: groups.get('this_month')!.length,
      }),
    });
  }
  return out.filter((x) => !sent.has(x.id));
}
