import { describe, expect, it } from 'vitest';
import { formatLag } from './lag';

describe('formatLag', () => {
  it.each([
    ['2020-12-10', '2021-01-18', '+39 days'],
    ['2018-03-26', '2018-03-30', '+4 days'],
    ['2020-10-15', '2020-10-15', 'same day'],
    ['2013-10-08', '2013-10-09', '+1 day'],
    ['2020-07-10', '2020-10-15', '+3 months'],
    ['2022-03-14', '2024-06-17', '+2 years'],
    ['2022-04', '2023-02-18', '+11 months'],
    ['2013-12', '2013-12-20', 'same month'],
    ['2013-11', '2013-12-20', '~+49 days'],
    ['2013-12', '2013-12', 'same month'],
    ['2001-03-04', '2001-03', 'same month'],
    ['2024', '2024-02', 'same year'],
    ['2013', 'nope', undefined],
  ])('from %s to %s is %j', (from, to, expected) => {
    expect(formatLag(from, to)).toBe(expected);
  });
});
