/**
 * Writes lib/time/holidays-vn.json: Việt Nam's public holidays by the
 * Labour Code (art. 112), from the date-holidays library's lunar calendar,
 * with a weekday given in lieu of a holiday that falls on a weekend. The
 * Government's yearly decisions (which days of Tết, swapped working days) are
 * kept by hand in lib/time/holiday-adjustments-vn.json. Run: npm run holidays
 */
import Holidays from 'date-holidays';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../lib/time/dates';

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

const calendar = new Holidays('VN', { languages: ['vi'] });
const years: Record<string, string[]> = {};
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) years[year] = withDaysInLieu(statutory(calendar, year));
const out = join(import.meta.dirname, '../lib/time/holidays-vn.json');
writeFileSync(out, `${JSON.stringify({ source: 'date-holidays (Labour Code art. 112) and days in lieu', years }, null, 1)}\n`);
console.log(`${out}: ${FIRST_YEAR}–${LAST_YEAR}`);
