/** TimelineJS dates (year, month and day fields, and a display text) as demarche's partial dates. */
import { daysInMonth } from '../model/dates';
import type { DateParts } from './timelinejs-read';

/** `2014`, `2014-07` or `2014-07-17`, from as much of the date as is given. */
export function partialDate(parts: DateParts | undefined): string | { problem: string } {
  if (!parts || parts.year === '') return { problem: 'no year' };
  const [year, month, day] = [parts.year, parts.month, parts.day].map((part) => part.replace(/[\s,]+/g, ''));
  if (!/^-?\d+$/.test(year!)) return { problem: `the year "${parts.year}" is not a number` };
  const y = Number(year);
  if (y < 1 || y > 9999) return { problem: `the year ${y} is outside 1 to 9999, which demarche can show` };
  const yyyy = String(y).padStart(4, '0');
  if (month === '') {
    return day === '' ? yyyy : { problem: `a day (${parts.day}) is given without a month` };
  }
  const m = Number(month);
  if (!/^\d+$/.test(month!) || m < 1 || m > 12) {
    return { problem: `the month "${parts.month}" is not 1 to 12` };
  }
  const yyyyMm = `${yyyy}-${String(m).padStart(2, '0')}`;
  if (day === '') return yyyyMm;
  const d = Number(day);
  if (!/^\d+$/.test(day!) || d < 1 || d > daysInMonth(y, m)) {
    return { problem: `${yyyyMm} has no day "${parts.day}"` };
  }
  return `${yyyyMm}-${String(d).padStart(2, '0')}`;
}

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const CONNECTIVES = new Set(['to', 'until', 'till', 'through', 'and', 'from', 'of', 'the', 'on', 'in']);

/** True when a display date holds words the dates do not, like "Spring" in "Spring 2018". */
export function saysMoreThan(display: string, dates: (string | undefined)[]): boolean {
  const covered = new Set(CONNECTIVES);
  for (const date of dates) {
    if (!date) continue;
    const [year, month, day] = date.split('-').map(Number);
    covered.add(String(year));
    if (month) {
      const name = MONTHS[month - 1]!;
      for (const word of [String(month), String(month).padStart(2, '0'), name, name.slice(0, 3)]) {
        covered.add(word);
      }
      if (month === 9) covered.add('sept');
    }
    if (day) {
      for (const suffix of ['', 'st', 'nd', 'rd', 'th']) {
        covered.add(`${day}${suffix}`);
        covered.add(`${String(day).padStart(2, '0')}${suffix}`);
      }
    }
  }
  const words = display.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.some((word) => word !== '' && !covered.has(word));
}
