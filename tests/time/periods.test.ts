import { describe, expect, it } from 'vitest';
import { addWorkingDays, vietnamDate } from '../../lib/time/dates';
import {
  chosenPeriod,
  customPeriod,
  previousPeriod,
  elapsedDays,
  parsePeriodLabel,
  periodDays,
  periodLabel,
  periodOf,
} from '../../lib/time/periods';

describe('periodOf', () => {
  it('finds the month, with its last day', () => {
    expect(periodOf('month', '2026-11-15')).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(periodOf('month', '2028-02-10').to).toBe('2028-02-29');
    expect(periodOf('month', '2026-02-28').to).toBe('2026-02-28');
  });
  it('finds quarters at their boundaries', () => {
    expect(periodOf('quarter', '2026-01-01')).toEqual({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('quarter', '2026-03-31').from).toBe('2026-01-01');
    expect(periodOf('quarter', '2026-04-01')).toEqual({ kind: 'quarter', from: '2026-04-01', to: '2026-06-30' });
    expect(periodOf('quarter', '2026-12-31')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
  });
  it('splits the year into halves at 30/6 and 1/7', () => {
    expect(periodOf('half', '2026-06-30')).toEqual({ kind: 'half', from: '2026-01-01', to: '2026-06-30' });
    expect(periodOf('half', '2026-07-01')).toEqual({ kind: 'half', from: '2026-07-01', to: '2026-12-31' });
  });
  it('finds the year', () => {
    expect(periodOf('year', '2026-05-05')).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
  });
  it('refuses an impossible date', () => {
    expect(() => periodOf('month', '2026-02-30')).toThrow(/Ngày không hợp lệ/);
  });
});

describe('periodLabel', () => {
  it('names periods the way plans do', () => {
    expect(periodLabel(periodOf('month', '2026-11-15'))).toBe('tháng 11/2026');
    expect(periodLabel(periodOf('quarter', '2026-11-15'))).toBe('quý IV/2026');
    expect(periodLabel(periodOf('quarter', '2026-02-15'))).toBe('quý I/2026');
    expect(periodLabel(periodOf('half', '2026-03-01'))).toBe('6 tháng đầu năm 2026');
    expect(periodLabel(periodOf('half', '2026-09-01'))).toBe('6 tháng cuối năm 2026');
    expect(periodLabel(periodOf('year', '2026-09-01'))).toBe('năm 2026');
    expect(periodLabel(customPeriod('2026-11-01', '2026-11-15'))).toBe('từ 01/11/2026 đến 15/11/2026');
  });
  it('refuses a custom period that ends before it starts', () => {
    expect(() => customPeriod('2026-11-15', '2026-11-01')).toThrow(/sau ngày kết thúc/);
  });
});

describe('parsePeriodLabel', () => {
  it('reads the periods printed on index pages', () => {
    expect(parsePeriodLabel('Tháng 11/2026')).toEqual(periodOf('month', '2026-11-01'));
    expect(parsePeriodLabel('Tháng 6 năm 2026')).toEqual(periodOf('month', '2026-06-01'));
    expect(parsePeriodLabel('Quý IV năm 2026')).toEqual(periodOf('quarter', '2026-10-01'));
    expect(parsePeriodLabel('QUÝ 2/2026')).toEqual(periodOf('quarter', '2026-04-01'));
    expect(parsePeriodLabel('6 tháng cuối năm 2025')).toEqual(periodOf('half', '2025-07-01'));
    expect(parsePeriodLabel('Năm 2026')).toEqual(periodOf('year', '2026-01-01'));
    expect(parsePeriodLabel('Tổng hợp')).toBeNull();
  });
});

describe('days', () => {
  it('counts the days of a period lived through', () => {
    const nov = periodOf('month', '2026-11-01');
    expect(periodDays(nov)).toBe(30);
    expect(elapsedDays(nov, '2026-10-31')).toBe(0);
    expect(elapsedDays(nov, '2026-11-01')).toBe(1);
    expect(elapsedDays(nov, '2026-11-20')).toBe(20);
    expect(elapsedDays(nov, '2027-01-05')).toBe(30);
  });
  it('takes today in Asia/Ho_Chi_Minh, not UTC', () => {
    expect(vietnamDate(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
    expect(vietnamDate(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
  });
  it("agrees with the time-zone database's Asia/Ho_Chi_Minh at every hour of a year and around midnight for decades", () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    const instants: number[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) instants.push(t);
    for (let year = 1990; year <= 2040; year++) for (const hour of [16, 17]) instants.push(Date.UTC(year, 5, 30, hour, 59, 59), Date.UTC(year, 5, 30, hour));
    for (const t of instants) expect(vietnamDate(t), new Date(t).toISOString()).toBe(zone.format(t));
  });
  it('skips weekends when adding working days', () => {
    expect(addWorkingDays('2026-10-26', 15)).toBe('2026-11-16');
    expect(addWorkingDays('2026-11-06', 1)).toBe('2026-11-09');
  });
});

describe('the periods people report on: this one or the previous one, or a range', () => {
  it('steps back one month, quarter, half-year or year, across the new year', () => {
    const on = (kind: 'month' | 'quarter' | 'half' | 'year', today: string) => chosenPeriod({ kind, previous: true }, today);
    expect(on('month', '2026-01-10')).toEqual({ kind: 'month', from: '2025-12-01', to: '2025-12-31' });
    expect(on('month', '2026-03-31')).toEqual({ kind: 'month', from: '2026-02-01', to: '2026-02-28' });
    expect(on('quarter', '2026-04-02')).toEqual({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
    expect(on('quarter', '2026-02-02')).toEqual({ kind: 'quarter', from: '2025-10-01', to: '2025-12-31' });
    expect(on('half', '2026-03-01')).toEqual({ kind: 'half', from: '2025-07-01', to: '2025-12-31' });
    expect(periodLabel(on('half', '2026-03-01'))).toBe('6 tháng cuối năm 2025');
    expect(on('half', '2026-08-01')).toEqual({ kind: 'half', from: '2026-01-01', to: '2026-06-30' });
    expect(on('year', '2026-08-01')).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
    expect(chosenPeriod({ kind: 'quarter', previous: false }, '2026-04-02')).toEqual(periodOf('quarter', '2026-04-02'));
  });
  it('takes a range as given, and the range before it as long as it', () => {
    const range = chosenPeriod({ kind: 'custom', from: '2026-03-15', to: '2026-04-14' }, '2026-11-01');
    expect(range).toEqual({ kind: 'custom', from: '2026-03-15', to: '2026-04-14' });
    expect(previousPeriod(range)).toEqual({ kind: 'custom', from: '2026-02-12', to: '2026-03-14' });
    expect(() => chosenPeriod({ kind: 'custom', from: '2026-04-15', to: '2026-04-14' }, '2026-11-01')).toThrow(/sau ngày kết thúc/);
  });
});
