import { describe, expect, it } from 'vitest';
import { maxZoom, paddedExtent, timeScale, windowTransform, zoomedScale } from './time-scale';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const full = { start: utc('2013-01-01'), end: utc('2026-01-01') };

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
    const domain = zoomedScale(base, { k, x }).domain();
    expect(domain.map((d) => d.toISOString().slice(0, 10))).toEqual([from, to]);
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
