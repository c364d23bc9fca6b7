import { describe, expect, it } from 'vitest';
import { daysBetween, daysInMonth, isPartialDateForm, parsePartialDate } from './dates';

const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('parsePartialDate', () => {
  it.each([
    { text: '2014-07-17', precision: 'day', start: '2014-07-17', end: '2014-07-18' },
    { text: '2014-07', precision: 'month', start: '2014-07-01', end: '2014-08-01' },
    { text: '2014-12', precision: 'month', start: '2014-12-01', end: '2015-01-01' },
    { text: '2014', precision: 'year', start: '2014-01-01', end: '2015-01-01' },
    { text: '2020-02-29', precision: 'day', start: '2020-02-29', end: '2020-03-01' },
    { text: '0099', precision: 'year', start: '0099-01-01', end: '0100-01-01' },
  ])('reads $text as a $precision', ({ text, precision, start, end }) => {
    const parsed = parsePartialDate(text);
    expect(parsed?.precision).toBe(precision);
    expect(iso(parsed?.start)).toBe(start);
    expect(iso(parsed?.end)).toBe(end);
  });

  it.each([
    '2020-02-30',
    '2019-02-29',
    '2014-13',
    '2014-00',
    '2014-04-31',
    '2014-07-00',
    '14-07-17',
    '2014-7-17',
    '2014/07/17',
    '',
    '2014-07-17T00:00',
  ])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });
});

describe('parsePartialDate against the calendar', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  /** What the browser's own calendar says: the form, then a day that exists (Date rolls 31 April over). */
  const isReal = (text: string) => {
    if (!isPartialDateForm(text)) return false;
    const [y, m = 1, d = 1] = text.split('-').map(Number) as [number, number?, number?];
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  };

  it('accepts exactly the real days, months and years, leap years included', () => {
    const wrong: string[] = [];
    for (const year of [0, 4, 99, 100, 1600, 1900, 1999, 2000, 2013, 2020, 2024, 2100, 9999]) {
      const texts = [pad(year, 4)];
      for (let month = 0; month <= 13; month++) {
        texts.push(`${pad(year, 4)}-${pad(month, 2)}`);
        for (let day = 0; day <= 32; day++) texts.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
      }
      for (const text of texts) if ((parsePartialDate(text) !== undefined) !== isReal(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('reads no other characters as digits or separators', () => {
    for (const text of [
      '2o14',
      '201:',
      '2014-0:',
      '2014-07-1/',
      '2014-0７',
      '２014',
      '2014-07-1 ',
      ' 2014',
      '2014_07',
      '2014-07_17',
      '-201',
      '+2014',
    ])
      expect(parsePartialDate(text), text).toBeUndefined();
  });

  it('counts the days of February by the Gregorian rule', () => {
    expect([1900, 2000, 2023, 2024].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
  });
});

describe('daysBetween', () => {
  it('counts the 39 days between the December 2020 expulsion and the January 2021 reply', () => {
    expect(daysBetween(parsePartialDate('2020-12-10')!.start, parsePartialDate('2021-01-18')!.start)).toBe(
      39,
    );
  });
});
