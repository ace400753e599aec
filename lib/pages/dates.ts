/** Dates on Vietnamese portals are day first: dd/mm/yyyy, often with a time before or after. */
const DAY_FIRST = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The first day-first date in a text, as YYYY-MM-DD; null when there is none or it is not a real day. */
export function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = DAY_FIRST.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  // Portals date dossiers and documents within living memory; "12/05/0026" is a typo, not a date.
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
