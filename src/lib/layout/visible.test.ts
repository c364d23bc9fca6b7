import { describe, expect, it } from 'vitest';
import { timeIndex, visibleIndexes } from './visible';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const events = [
  { date: '2010', end: '2019' },
  { date: '2014-07-17' },
  { date: '2015-03' },
  { date: '2016-01-01' },
  { date: '2020-12-10' },
];

describe('visibleIndexes', () => {
  const index = timeIndex(events);

  it.each([
    { from: '2014-07-01', to: '2014-07-31', expected: [0, 1] },
    { from: '2015-03-15', to: '2015-03-16', expected: [0, 2] },
    { from: '2016-01-01', to: '2016-01-01', expected: [0, 3] },
    { from: '2020-01-01', to: '2021-01-01', expected: [4] },
    { from: '2021-01-01', to: '2022-01-01', expected: [] },
    { from: '2000-01-01', to: '2030-01-01', expected: [0, 1, 2, 3, 4] },
  ])('finds the events overlapping $from to $to, long ones included', ({ from, to, expected }) => {
    expect(visibleIndexes(index, at(from), at(to))).toEqual(expected);
  });

  it('remembers the longest event so the search can start early enough', () => {
    expect(index.maxDuration).toBe(at('2020-01-01') - at('2010-01-01'));
  });

  it('agrees with testing every event, on a large random set', () => {
    const many = Array.from({ length: 2000 }, (_, i) => {
      const year = 1990 + (i % 35);
      const month = 1 + ((i * 7) % 12);
      return i % 5 === 0 ? { date: `${year}` } : { date: `${year}-${String(month).padStart(2, '0')}-15` };
    }).sort(
      (a, b) =>
        at(`${a.date.padEnd(7, '-01').padEnd(10, '-01')}`) -
        at(`${b.date.padEnd(7, '-01').padEnd(10, '-01')}`),
    );
    const big = timeIndex(many);
    const [from, to] = [at('2001-05-01'), at('2003-02-01')];
    const brute = many.flatMap((_, i) => (big.starts[i]! <= to && big.ends[i]! > from ? [i] : []));
    expect(visibleIndexes(big, from, to)).toEqual(brute);
  });
});
