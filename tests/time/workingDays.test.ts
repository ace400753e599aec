import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, holidayCalendar, isWorkingDay, workingDaysLate, type YearAdjustments } from '../../lib/time/dates';
import adjustmentsFile from '../../lib/time/holiday-adjustments-vn.json';

const adjustments = adjustmentsFile.years as Record<string, YearAdjustments>;
const weekday = (iso: string) => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

describe('working days in Việt Nam', () => {
  it('a result due Friday and issued Monday is one working day late', () => {
    expect(workingDaysLate('2026-05-08', '2026-05-11')).toBe(1);
    expect(workingDaysLate('2026-05-08', '2026-05-08')).toBe(0);
    expect(workingDaysLate('2026-05-08', '2026-05-01')).toBe(0);
  });

  it('Tết is not counted: five statutory days, and the weekends around them', () => {
    // Tết Bính Ngọ: eve 16/02/2026, first day 17/02.
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(true);
    expect(workingDaysLate('2026-02-13', '2026-02-23')).toBe(1);
  });

  it('a holiday on a weekend gives the next weekday off; the lunar Hùng Kings day moves each year', () => {
    // 10/3 lunar is Sunday 26/04/2026: Monday 27/04 is off in lieu.
    expect([isWorkingDay('2026-04-26'), isWorkingDay('2026-04-27'), isWorkingDay('2026-04-28')]).toEqual([false, false, true]);
    expect(isWorkingDay('2025-04-07')).toBe(false);
  });

  it("a year's decision applies: a weekday given off, a statutory day not given, a Saturday worked", () => {
    // 2030: Monday 04/02 statutory but not given, Friday 08/02 given instead, Saturday 16/02 worked in exchange.
    const decision: YearAdjustments = { daysOff: ['2030-02-08'], notOff: ['2030-02-04'], workingDays: ['2030-02-16'], source: 'a test decision', checked: null };
    const open = holidayCalendar({ '2030': ['2030-02-04'] }, { '2030': decision });
    expect(['2030-02-04', '2030-02-08', '2030-02-16', '2030-02-17'].map(open)).toEqual([true, false, true, false]);
    expect(holidayCalendar({ '2030': ['2030-02-04'] }, {})('2030-02-04')).toBe(false);
  });

  it('the decisions on file say where they come from, and each of their days applies as the file says', () => {
    expect(Object.keys(adjustments).length).toBeGreaterThan(0);
    for (const [year, a] of Object.entries(adjustments)) {
      expect(a.source.trim().length, year).toBeGreaterThan(10);
      if (a.checked !== null) expect(a.checked, year).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const day of [...a.daysOff, ...a.notOff, ...a.workingDays]) {
        expect(day.slice(0, 4), day).toBe(year);
        expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), day).toBe(day);
      }
      for (const day of a.daysOff) expect(isWorkingDay(day), day).toBe(false);
      for (const day of a.notOff) expect(isWorkingDay(day), day).toBe(weekday(day));
      for (const day of a.workingDays) expect(isWorkingDay(day), day).toBe(true);
    }
  });

  it('adds working days over holidays (a PAKN deadline of 10 working days received before 30/4)', () => {
    // 28/04/2026 (Tue) + 10 working days: 29/4, then 4–8/5, 11–14/5 (30/4 and 1/5 are holidays).
    expect(addWorkingDays('2026-04-28', 10)).toBe('2026-05-14');
  });

  it('outside the years with data, weekends only', () => {
    expect(isWorkingDay('2040-01-02')).toBe(true);
    expect(isWorkingDay('2040-01-07')).toBe(false);
  });
});

describe('working days late, counted without walking the calendar', () => {
  const walked = (due: string, on: string): number => {
    let late = 0;
    for (let day = addDays(due, 1); day <= on; day = addDays(day, 1)) if (isWorkingDay(day)) late += 1;
    return late;
  };

  it('agrees with a day-by-day count over every span of the years with holiday data and beyond', () => {
    // Spans of every length up to a year and a half, starting on every weekday, across Tết, days in lieu and the data's edges.
    for (let start = '2019-12-20'; start <= '2036-01-10'; start = addDays(start, 53)) {
      for (const length of [0, 1, 2, 3, 5, 6, 7, 8, 13, 30, 45, 61, 120, 200, 365, 540]) {
        const on = addDays(start, length);
        expect(workingDaysLate(start, on), `${start} → ${on}`).toBe(walked(start, on));
      }
    }
  });

  it('a worked Saturday counts and a holiday on a weekday does not', () => {
    // 2025: Friday 25/04 due; Saturday 26/04 was worked; 30/04, 01/05 and 02/05 were off.
    expect(workingDaysLate('2025-04-25', '2025-05-05')).toBe(4);
  });
});
