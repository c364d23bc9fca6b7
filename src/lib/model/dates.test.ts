import { describe, expect, it } from 'vitest';
import { daysBetween, parsePartialDate } from './dates';

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

describe('daysBetween', () => {
  it('counts the 39 days between the December 2020 expulsion and the January 2021 reply', () => {
    expect(daysBetween(parsePartialDate('2020-12-10')!.start, parsePartialDate('2021-01-18')!.start)).toBe(
      39,
    );
  });
});
