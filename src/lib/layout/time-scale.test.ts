import { describe, expect, it } from 'vitest';
import {
  createTimeScale,
  maxZoom,
  paddedExtent,
  timeScale,
  windowTransform,
  zoomedScale,
} from './time-scale';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const full = { start: utc('2013-01-01'), end: utc('2026-01-01') };
const days = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10));

describe('createTimeScale', () => {
  it('runs west of Greenwich, so a date read as local time would show', () => {
    expect(new Date(2020, 0, 1).getTimezoneOffset()).toBeGreaterThan(0);
  });

  it.each([
    { date: '2020-01-01T00:00:00.000Z', range: [0, 1000], x: 0 },
    { date: '2020-01-06T00:00:00.000Z', range: [0, 1000], x: 500 },
    { date: '2020-01-11T00:00:00.000Z', range: [0, 1000], x: 1000 },
    { date: '2020-01-01T00:00:00.000Z', range: [0.1, 0.3], x: 0.1 },
    { date: '2020-01-11T00:00:00.000Z', range: [0.1, 0.3], x: 0.3 },
    { date: '2020-01-01T00:00:00.000Z', range: [1000, 0], x: 1000 },
    { date: '2020-01-06T00:00:00.000Z', range: [1000, 0], x: 500 },
  ])('maps $date to $x and back on a range of $range', ({ date, range, x }) => {
    const scale = createTimeScale([utc('2020-01-01'), utc('2020-01-11')], range as [number, number]);
    expect(scale(new Date(date))).toBe(x);
    expect(scale.invert(x).toISOString()).toBe(date);
  });

  it('extrapolates outside the domain', () => {
    const scale = createTimeScale([utc('2020-01-01'), utc('2020-01-11')], [0, 1000]);
    expect(scale(utc('2019-12-31'))).toBe(-100);
    expect(scale.invert(1100).toISOString()).toBe('2020-01-12T00:00:00.000Z');
  });

  it('maps a zero-length domain to the middle of the range, and a zero-length range to the middle of the domain', () => {
    const point = createTimeScale([utc('2020-01-01'), utc('2020-01-01')], [0, 1000]);
    expect(point(utc('2020-01-01'))).toBe(500);
    expect(point(utc('2021-01-01'))).toBe(500);
    expect(point.invert(0).toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(days(point.ticks(10))).toEqual(['2020-01-01']);
    const flat = createTimeScale([utc('2020-01-01'), utc('2020-01-03')], [0, 0]);
    expect(flat.invert(0).toISOString()).toBe('2020-01-02T00:00:00.000Z');
  });

  it('returns copies of its domain and range, so changing them changes nothing', () => {
    const scale = createTimeScale([utc('2020-01-01'), utc('2020-01-11')], [0, 1000]);
    scale.domain()[0].setUTCFullYear(1999);
    scale.range()[1] = 5;
    expect(days(scale.domain())).toEqual(['2020-01-01', '2020-01-11']);
    expect(scale.range()).toEqual([0, 1000]);
  });

  it('does not keep the dates it was given', () => {
    const start = utc('2020-01-01');
    const scale = createTimeScale([start, utc('2020-01-11')], [0, 1000]);
    start.setUTCFullYear(1999);
    expect(days(scale.domain())).toEqual(['2020-01-01', '2020-01-11']);
  });

  it('copy, domain(d) and range(r) return new scales and leave the original alone', () => {
    const scale = createTimeScale([utc('2020-01-01'), utc('2020-01-11')], [0, 1000]);
    const copy = scale.copy();
    const narrow = copy.range([0, 100]);
    const later = copy.domain([utc('2020-01-11'), utc('2020-01-21')]);
    expect(copy).not.toBe(scale);
    expect(copy(utc('2020-01-06'))).toBe(500);
    expect(narrow(utc('2020-01-06'))).toBe(50);
    expect(days(narrow.domain())).toEqual(['2020-01-01', '2020-01-11']);
    expect(later(utc('2020-01-16'))).toBe(500);
    expect(later.range()).toEqual([0, 1000]);
    expect(scale(utc('2020-01-06'))).toBe(500);
    expect(days(scale.domain())).toEqual(['2020-01-01', '2020-01-11']);
  });
});

// axisTicks asks for one tick per 90 px: 11 at 1000 px, 3 at 300 px.
describe('createTimeScale ticks', () => {
  it.each([
    {
      span: '10 years',
      from: '2013-01-01',
      to: '2023-01-01',
      count: 11,
      expected: [
        '2013-01-01',
        '2014-01-01',
        '2015-01-01',
        '2016-01-01',
        '2017-01-01',
        '2018-01-01',
        '2019-01-01',
        '2020-01-01',
        '2021-01-01',
        '2022-01-01',
        '2023-01-01',
      ],
    },
    {
      span: '10 years',
      from: '2013-01-01',
      to: '2023-01-01',
      count: 3,
      expected: ['2015-01-01', '2020-01-01'],
    },
    {
      span: '13 years',
      from: '2013-01-01',
      to: '2026-01-01',
      count: 3,
      expected: ['2015-01-01', '2020-01-01', '2025-01-01'],
    },
    {
      span: '2 years',
      from: '2020-01-01',
      to: '2022-01-01',
      count: 3,
      expected: ['2020-01-01', '2020-07-01', '2021-01-01', '2021-07-01', '2022-01-01'],
    },
    {
      span: '1 year',
      from: '2020-01-01',
      to: '2021-01-01',
      count: 11,
      expected: [
        '2020-01-01',
        '2020-02-01',
        '2020-03-01',
        '2020-04-01',
        '2020-05-01',
        '2020-06-01',
        '2020-07-01',
        '2020-08-01',
        '2020-09-01',
        '2020-10-01',
        '2020-11-01',
        '2020-12-01',
        '2021-01-01',
      ],
    },
    {
      span: '1 year',
      from: '2020-01-01',
      to: '2021-01-01',
      count: 3,
      expected: ['2020-01-01', '2020-04-01', '2020-07-01', '2020-10-01', '2021-01-01'],
    },
    {
      span: '3 months',
      from: '2020-01-01',
      to: '2020-04-01',
      count: 11,
      expected: [
        '2020-01-05',
        '2020-01-12',
        '2020-01-19',
        '2020-01-26',
        '2020-02-02',
        '2020-02-09',
        '2020-02-16',
        '2020-02-23',
        '2020-03-01',
        '2020-03-08',
        '2020-03-15',
        '2020-03-22',
        '2020-03-29',
      ],
    },
    {
      span: '3 months',
      from: '2020-01-01',
      to: '2020-04-01',
      count: 3,
      expected: ['2020-01-01', '2020-02-01', '2020-03-01', '2020-04-01'],
    },
    {
      span: '3 weeks',
      from: '2020-01-01',
      to: '2020-01-22',
      count: 11,
      expected: [
        '2020-01-01',
        '2020-01-03',
        '2020-01-05',
        '2020-01-07',
        '2020-01-09',
        '2020-01-11',
        '2020-01-13',
        '2020-01-15',
        '2020-01-17',
        '2020-01-19',
        '2020-01-21',
      ],
    },
    {
      span: '3 weeks',
      from: '2020-01-01',
      to: '2020-01-22',
      count: 3,
      expected: ['2020-01-05', '2020-01-12', '2020-01-19'],
    },
    {
      span: '10 days',
      from: '2020-01-01',
      to: '2020-01-11',
      count: 11,
      expected: [
        '2020-01-01',
        '2020-01-02',
        '2020-01-03',
        '2020-01-04',
        '2020-01-05',
        '2020-01-06',
        '2020-01-07',
        '2020-01-08',
        '2020-01-09',
        '2020-01-10',
        '2020-01-11',
      ],
    },
    {
      span: '10 days',
      from: '2020-01-01',
      to: '2020-01-11',
      count: 3,
      expected: ['2020-01-01', '2020-01-03', '2020-01-05', '2020-01-07', '2020-01-09', '2020-01-11'],
    },
    {
      span: '3 days',
      from: '2020-01-01',
      to: '2020-01-04',
      count: 40,
      expected: ['2020-01-01', '2020-01-02', '2020-01-03', '2020-01-04'],
    },
  ])('over $span, asked for $count, gives $expected.length ticks', ({ from, to, count, expected }) => {
    expect(days(createTimeScale([utc(from), utc(to)], [0, 1000]).ticks(count))).toEqual(expected);
  });

  it.each([
    { from: '2020-01-01T12:00:00Z', to: '2020-01-03T12:00:00Z', count: 11 },
    { from: '2013-03-15T00:00:00Z', to: '2026-02-10T00:00:00Z', count: 11 },
    { from: '2013-03-15T00:00:00Z', to: '2026-02-10T00:00:00Z', count: 3 },
    { from: '2020-02-10T00:00:00Z', to: '2020-02-11T00:00:00Z', count: 11 },
  ])('puts no tick outside $from → $to', ({ from, to, count }) => {
    const scale = createTimeScale([new Date(from), new Date(to)], [0, 1000]);
    const ticks = scale.ticks(count);
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) {
      expect(tick.getTime()).toBeGreaterThanOrEqual(new Date(from).getTime());
      expect(tick.getTime()).toBeLessThanOrEqual(new Date(to).getTime());
    }
  });

  it('gives the ticks of a reversed domain in its order', () => {
    const scale = createTimeScale([utc('2020-01-11'), utc('2020-01-01')], [0, 1000]);
    expect(days(scale.ticks(3))).toEqual([
      '2020-01-11',
      '2020-01-09',
      '2020-01-07',
      '2020-01-05',
      '2020-01-03',
      '2020-01-01',
    ]);
  });
});

describe('timeScale', () => {
  it('maps UTC dates to pixels whatever the local time zone', () => {
    const scale = timeScale({ start: utc('2020-01-01'), end: utc('2020-01-11') }, 1000);
    expect(scale(utc('2020-01-06'))).toBe(500);
  });
});

describe('paddedExtent', () => {
  it('adds a margin on both sides', () => {
    const padded = paddedExtent({ start: utc('2020-01-01'), end: utc('2021-01-01') }, 0.1);
    expect(padded.start.toISOString().slice(0, 10)).toBe('2019-11-25');
    expect(padded.end.toISOString().slice(0, 10)).toBe('2021-02-06');
  });

  it('gives a single-day dataset a visible span', () => {
    const padded = paddedExtent({ start: utc('2020-01-01'), end: utc('2020-01-01') });
    expect(padded.end.getTime() - padded.start.getTime()).toBeGreaterThan(0);
  });
});

describe('maxZoom', () => {
  it('stops at about two weeks across the chart', () => {
    expect(maxZoom(full)).toBeCloseTo(4748 / 14, 0);
    expect(maxZoom({ start: utc('2020-01-01'), end: utc('2020-01-05') })).toBe(1);
  });
});

describe('windowTransform', () => {
  it.each([
    { window: full, k: 1, x: 0 },
    { window: { start: utc('2013-01-01'), end: utc('2014-01-01') }, k: 4748 / 365, x: 0 },
    {
      window: { start: utc('2025-01-01'), end: utc('2026-01-01') },
      k: 4748 / 365,
      x: 1000 - (1000 * 4748) / 365,
    },
    { window: { start: utc('2020-01-01'), end: utc('2020-01-02') }, k: 4748 / 14 },
  ])('shows $window.start → $window.end within the limits', ({ window, k, x }) => {
    const transform = windowTransform(full, window, 1000);
    expect(transform.k).toBeCloseTo(k, 3);
    if (x !== undefined) expect(transform.x).toBeCloseTo(x, 3);
  });
});

describe('zoomedScale', () => {
  const base = timeScale({ start: utc('2020-01-01'), end: utc('2020-01-11') }, 1000);
  it.each([
    { k: 1, x: 0, from: '2020-01-01', to: '2020-01-11' },
    { k: 2, x: 0, from: '2020-01-01', to: '2020-01-06' },
    { k: 2, x: -1000, from: '2020-01-06', to: '2020-01-11' },
  ])('at k=$k, x=$x shows $from to $to', ({ k, x, from, to }) => {
    expect(days(zoomedScale(base, { k, x }).domain())).toEqual([from, to]);
  });

  it('leaves the base scale as it was', () => {
    zoomedScale(base, { k: 2, x: -1000 });
    expect(days(base.domain())).toEqual(['2020-01-01', '2020-01-11']);
  });

  it('is undone by windowTransform', () => {
    const year = { start: utc('2020-01-01'), end: utc('2021-01-01') };
    const window = { start: utc('2020-03-01'), end: utc('2020-04-01') };
    const transform = windowTransform(year, window, 1000);
    const domain = zoomedScale(timeScale(year, 1000), transform).domain();
    expect(domain.map((d) => d.toISOString())).toEqual([
      window.start.toISOString(),
      window.end.toISOString(),
    ]);
  });
});
