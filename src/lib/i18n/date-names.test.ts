import { describe, expect, it } from 'vitest';
import { writeDate, writeTick } from './date-names';

const intl = (fields: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat('en-GB', { ...fields, timeZone: 'UTC' });
  return (date: Date) => format.format(date);
};

// Each of ours beside the Intl options it stands for.
const PAIRS = [
  [writeDate.day, intl({ day: 'numeric', month: 'long', year: 'numeric' })],
  [writeDate.month, intl({ month: 'long', year: 'numeric' })],
  [writeDate.year, intl({ year: 'numeric' })],
  [writeTick.year, intl({ year: 'numeric' })],
  [writeTick.month, intl({ month: 'short' })],
  [writeTick.monthYear, intl({ month: 'short', year: 'numeric' })],
  [writeTick.day, intl({ day: 'numeric' })],
] as const;

const utc = (year: number, month: number, day: number) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
};

describe('date names', () => {
  it('write what Intl writes for en-GB: every month, first and last days, short and long years', () => {
    const wrong: string[] = [];
    for (const year of [1, 7, 99, 1999, 2014, 2024])
      for (let month = 0; month < 12; month++)
        for (const day of [1, 9, 28, 31]) {
          const date = utc(year, month, day);
          PAIRS.forEach(([ours, theirs], i) => {
            if (ours(date) !== theirs(date))
              wrong.push(`${i} ${date.toISOString()}: ${ours(date)} ≠ ${theirs(date)}`);
          });
        }
    expect(wrong).toEqual([]);
  });

  it('write the instant as a UTC date, whatever the time zone (tests run in Los Angeles)', () => {
    const midnight = new Date(Date.UTC(2014, 6, 17));
    expect(writeDate.day(midnight)).toBe('17 July 2014');
    expect(writeTick.monthYear(new Date(Date.UTC(2014, 0, 1)))).toBe('Jan 2014');
  });
});
