import { describe, expect, it } from 'vitest';
import { suggestIsoDate } from './date-hints';

describe('suggestIsoDate', () => {
  it.each([
    ['17-07-2014', '2014-07-17'],
    ['17/07/2014', '2014-07-17'],
    ['17.7.2014', '2014-07-17'],
    ['2014/07/17', '2014-07-17'],
    ['2014-7-17', '2014-07-17'],
    ['2014-7', '2014-07'],
    ['2014-07-17', undefined],
    ['31-02-2014', undefined],
    ['July 2014', undefined],
  ])('%j → %j', (text, expected) => {
    expect(suggestIsoDate(text)).toBe(expected);
  });
});
