import { describe, expect, it } from 'vitest';
import { formatEventDate } from './format-date';

describe('formatEventDate', () => {
  it.each([
    [{ date: '2014-07-17' }, '17 July 2014'],
    [{ date: '2014-07' }, 'July 2014'],
    [{ date: '2014' }, '2014'],
    [{ date: '2013-11-30', approximate: true }, 'about 30 November 2013'],
    [{ date: '2013-11-08', end: '2013-11-09' }, '8 November 2013 – 9 November 2013'],
    [{ date: '2014-01-01' }, '1 January 2014'],
    [{ date: '2014-12-31' }, '31 December 2014'],
    [{ date: 'not-a-date' }, 'not-a-date'],
  ])('formats %j as %j in any time zone', (event, expected) => {
    expect(formatEventDate(event, 'about')).toBe(expected);
  });
});
