import { describe, expect, it } from 'vitest';
import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from 'd3';
import { utcDays, utcMonths, utcWeeks, utcYears, type UtcInterval } from './utc-intervals';

/** A fixed, spread-out set of ranges: from a few days to centuries, starting at odd times of day. */
function ranges(spanDays: number): [Date, Date][] {
  const out: [Date, Date][] = [];
  let seed = 7;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  for (let i = 0; i < 40; i++) {
    const start = Date.UTC(1890, 0, 1) + random() * 150 * 365 * 86_400_000;
    out.push([new Date(start), new Date(start + (0.5 + random()) * spanDays * 86_400_000)]);
  }
  return out;
}

const cases: [string, UtcInterval, TimeInterval, number][] = [
  ['days', utcDays(), utcDay, 20],
  ['every other day', utcDays(2), utcDay.every(2)!, 60],
  ['weeks', utcWeeks, utcWeek, 120],
  ['months', utcMonths(), utcMonth, 800],
  ['quarters', utcMonths(3), utcMonth.every(3)!, 2_000],
  ['half-years', utcMonths(6), utcMonth.every(6)!, 4_000],
  ['years', utcYears(), utcYear, 9_000],
  ['every 5 years', utcYears(5), utcYear.every(5)!, 40_000],
  ['every 20 years', utcYears(20), utcYear.every(20)!, 60_000],
];

describe('UTC intervals', () => {
  it.each(cases)('%s fall on the same dates as d3-time', (_, ours, d3, spanDays) => {
    for (const [start, stop] of ranges(spanDays)) {
      expect(ours.range(start, stop).map(Number)).toEqual(d3.range(start, stop).map(Number));
    }
  });

  it('include a start that is on a boundary and exclude the stop', () => {
    const start = new Date(Date.UTC(2020, 0, 1));
    expect(
      utcMonths()
        .range(start, new Date(Date.UTC(2020, 2, 1)))
        .map((d) => d.toISOString()),
    ).toEqual(['2020-01-01T00:00:00.000Z', '2020-02-01T00:00:00.000Z']);
  });

  it('give nothing for an empty range', () => {
    const date = new Date(Date.UTC(2020, 5, 15, 12));
    expect(utcDays().range(date, date)).toEqual([]);
  });
});
