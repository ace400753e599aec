/**
 * Writes lib/time/holidays-vn.json: Việt Nam's public holidays by the
 * Labour Code (art. 112), from the date-holidays library's lunar calendar,
 * with a weekday given in lieu of a holiday that falls on a weekend. The
 * Government's yearly decisions (which days of Tết, swapped working days) are
 * kept in lib/time/holiday-adjustments-vn.json, each year with its source and
 * the day it was last checked.
 *
 *   npm run holidays                       regenerate the statutory days; list the decisions nobody checked
 *   npm run holidays -- --year 2026 --day-off 2026-02-13 --not-off 2026-02-23 --working-day 2026-02-28 \
 *     --source "Thông báo số …/TB-BNV ngày …" --checked 2026-01-10
 *                                          add a year's decision (days are added to what the year has)
 */
import Holidays from 'date-holidays';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, type YearAdjustments } from '../lib/time/dates';

const FIRST_YEAR = 2020;
const LAST_YEAR = 2035;

const weekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

function statutory(calendar: Holidays, year: number): string[] {
  const on = (name: string) => {
    const found = calendar.getHolidays(year).find((h) => h.type === 'public' && h.name === name);
    if (!found) throw new Error(`date-holidays has no "${name}" in ${year}`);
    return found.date.slice(0, 10);
  };
  // Tết: five days, by default the eve and the first four days of the lunar year.
  const eve = on('Giao thừa Tết Nguyên Đán');
  const tet = [0, 1, 2, 3, 4].map((n) => addDays(eve, n));
  // National Day: 2/9 and the day before or after; the weekday one by default.
  const nationalDay = `${year}-09-02`;
  const beside = weekend(`${year}-09-01`) ? `${year}-09-03` : `${year}-09-01`;
  return [`${year}-01-01`, ...tet, on('Giỗ tổ Hùng Vương'), `${year}-04-30`, `${year}-05-01`, nationalDay, beside];
}

/** A holiday on a Saturday or Sunday gives the next working day off. */
function withDaysInLieu(days: string[]): string[] {
  const off = new Set(days);
  for (const day of [...days].sort()) {
    if (!weekend(day)) continue;
    let next = addDays(day, 1);
    while (weekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
  }
  return [...off].sort();
}

const ADJUSTMENTS = join(import.meta.dirname, '../lib/time/holiday-adjustments-vn.json');

const allOf = (name: string) => process.argv.flatMap((a, i) => (a === name && process.argv[i + 1] ? [process.argv[i + 1]] : []));
const oneOf = (name: string) => allOf(name).at(-1);

function isoDay(day: string, year: string): string {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  if (!valid || !day.startsWith(year)) throw new Error(`"${day}" is not a date (YYYY-MM-DD) of ${year}`);
  return day;
}

/** Adds one year's decision to the adjustments file. */
function recordDecision(year: string) {
  const file = JSON.parse(readFileSync(ADJUSTMENTS, 'utf8')) as { about: string; years: Record<string, YearAdjustments> };
  const source = oneOf('--source');
  if (!source) throw new Error('--source is required: the decision\'s number and date, or how the days were found');
  const checked = oneOf('--checked') ?? null;
  if (checked !== null) isoDay(checked, checked.slice(0, 4));
  const before = file.years[year] ?? { daysOff: [], notOff: [], workingDays: [], source, checked };
  const merged = (list: string[], flag: string) => [...new Set([...list, ...allOf(flag).map((d) => isoDay(d, year))])].sort();
  file.years[year] = {
    daysOff: merged(before.daysOff, '--day-off'),
    notOff: merged(before.notOff, '--not-off'),
    workingDays: merged(before.workingDays, '--working-day'),
    source,
    checked,
  };
  file.years = Object.fromEntries(Object.entries(file.years).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(ADJUSTMENTS, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`${ADJUSTMENTS}: ${year} ${JSON.stringify(file.years[year])}`);
}

const decisionYear = oneOf('--year');
if (decisionYear) {
  try {
    recordDecision(decisionYear);
    process.exit(0);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

const calendar = new Holidays('VN', { languages: ['vi'] });
const years: Record<string, string[]> = {};
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) years[year] = withDaysInLieu(statutory(calendar, year));
const out = join(import.meta.dirname, '../lib/time/holidays-vn.json');
writeFileSync(out, `${JSON.stringify({ source: 'date-holidays (Labour Code art. 112) and days in lieu', years }, null, 1)}\n`);
console.log(`${out}: ${FIRST_YEAR}–${LAST_YEAR}`);
const decisions = (JSON.parse(readFileSync(ADJUSTMENTS, 'utf8')) as { years: Record<string, YearAdjustments> }).years;
const unchecked = Object.entries(decisions).filter(([, d]) => d.checked === null);
if (unchecked.length) console.log(`Not yet checked against the Government's decision: ${unchecked.map(([y]) => y).join(', ')} (${ADJUSTMENTS})`);
const missing = Object.keys(years).filter((y) => Number(y) <= new Date().getUTCFullYear() && !decisions[y]);
if (missing.length) console.log(`No decision recorded for: ${missing.join(', ')}`);
