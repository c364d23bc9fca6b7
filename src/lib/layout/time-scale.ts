/**
 * The horizontal time scale and its limits. All dates are UTC instants of
 * partial dates, so a day is never shifted by the reader's time zone.
 *
 * The scale is our own rather than d3-scale's `scaleUtc`, which brings
 * d3-interpolate, d3-color, d3-format and d3-time-format into the bundle
 * for a linear map, and its ticks choose among intervals as d3's do.
 */
import { utcDays, utcMonths, utcWeeks, utcYears, type UtcInterval } from './utc-intervals';

const DAY_MS = 86_400_000;
/** Zooming in further than about two weeks across the chart shows nothing new: dates are days at best. */
export const MIN_VISIBLE_DAYS = 14;

export interface Extent {
  start: Date;
  end: Date;
}

/**
 * A linear map from UTC instants to pixels. Immutable: `domain(d)` and
 * `range(r)` return a new scale, and without an argument return a copy of
 * the current value.
 */
export interface TimeScale {
  (date: Date): number;
  invert(x: number): Date;
  domain(): [Date, Date];
  domain(domain: readonly [Date, Date]): TimeScale;
  range(): [number, number];
  range(range: readonly [number, number]): TimeScale;
  copy(): TimeScale;
  /** About `count` dates on UTC day, week, month or year boundaries, all inside the domain. */
  ticks(count: number): Date[];
}

/** Tick spacings from fine to coarse, with their nominal length; years beyond are 1, 2, 5, 10… apart. */
const TICK_INTERVALS: readonly [UtcInterval, number][] = [
  [utcDays(1), DAY_MS],
  [utcDays(2), 2 * DAY_MS],
  [utcWeeks, 7 * DAY_MS],
  [utcMonths(1), 30 * DAY_MS],
  [utcMonths(3), 90 * DAY_MS],
  [utcMonths(6), 180 * DAY_MS],
  [utcYears(1), 365 * DAY_MS],
];

/** `step` rounded to 1, 2, 5 or 10 times a power of ten, as d3-array's tickStep rounds it. */
function niceStep(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step));
  const error = step / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return Math.max(1, factor * power);
}

/** The interval whose spacing is nearest to `span / count`, on a ratio scale, as d3's time ticks choose. */
function tickInterval(span: number, count: number): UtcInterval {
  const target = span / Math.max(1, count);
  const next = TICK_INTERVALS.findIndex(([, length]) => length > target);
  if (next === 0) return TICK_INTERVALS[0]![0];
  if (next === -1) return utcYears(niceStep(target / (365 * DAY_MS)));
  const [finer, finerLength] = TICK_INTERVALS[next - 1]!;
  const [coarser, coarserLength] = TICK_INTERVALS[next]!;
  return target / finerLength < coarserLength / target ? finer : coarser;
}

/** Where `value` lies between a and b, as a fraction; the middle when a = b, so nothing divides by zero. */
function proportion(a: number, b: number, value: number): number {
  return a === b ? 0.5 : (value - a) / (b - a);
}

/** Written as a·(1−t) + b·t so that t = 0 and t = 1 give a and b exactly. */
function lerp(a: number, b: number, t: number): number {
  return a * (1 - t) + b * t;
}

export function createTimeScale(domain: readonly [Date, Date], range: readonly [number, number]): TimeScale {
  const d0 = domain[0].getTime();
  const d1 = domain[1].getTime();
  const [r0, r1] = range;

  const scale = (date: Date): number => lerp(r0, r1, proportion(d0, d1, date.getTime()));

  function domainOf(): [Date, Date];
  function domainOf(next: readonly [Date, Date]): TimeScale;
  function domainOf(next?: readonly [Date, Date]): [Date, Date] | TimeScale {
    return next ? createTimeScale(next, [r0, r1]) : [new Date(d0), new Date(d1)];
  }

  function rangeOf(): [number, number];
  function rangeOf(next: readonly [number, number]): TimeScale;
  function rangeOf(next?: readonly [number, number]): [number, number] | TimeScale {
    return next ? createTimeScale([new Date(d0), new Date(d1)], next) : [r0, r1];
  }

  return Object.assign(scale, {
    // Rounded to the millisecond, so that a date mapped and inverted comes back equal.
    invert: (x: number) => new Date(Math.round(lerp(d0, d1, proportion(r0, r1, x)))),
    domain: domainOf,
    range: rangeOf,
    copy: () => createTimeScale([new Date(d0), new Date(d1)], [r0, r1]),
    ticks(count: number): Date[] {
      const [start, stop] = d0 <= d1 ? [d0, d1] : [d1, d0];
      const interval = tickInterval(stop - start, count);
      const dates = interval.range(new Date(start), new Date(stop + 1));
      return d0 <= d1 ? dates : dates.reverse();
    },
  });
}

/** The whole span of the data with a margin, so the first and last marks are not cut at the edge. */
export function paddedExtent(extent: Extent, fraction = 0.03): Extent {
  const span = Math.max(extent.end.getTime() - extent.start.getTime(), MIN_VISIBLE_DAYS * DAY_MS);
  const pad = span * fraction;
  return { start: new Date(extent.start.getTime() - pad), end: new Date(extent.end.getTime() + pad) };
}

export function timeScale(extent: Extent, width: number): TimeScale {
  return createTimeScale([extent.start, extent.end], [0, Math.max(1, width)]);
}

/** The largest zoom factor: the point where the chart shows MIN_VISIBLE_DAYS. */
export function maxZoom(extent: Extent): number {
  const days = (extent.end.getTime() - extent.start.getTime()) / DAY_MS;
  return Math.max(1, days / MIN_VISIBLE_DAYS);
}

/** Zoom factor and offset that show [start, end] of the full extent, clamped to the limits. */
export function windowTransform(full: Extent, window: Extent, width: number): { k: number; x: number } {
  const fullSpan = full.end.getTime() - full.start.getTime();
  const span = Math.max(window.end.getTime() - window.start.getTime(), 1);
  const k = Math.min(maxZoom(full), Math.max(1, fullSpan / span));
  const offset = ((window.start.getTime() - full.start.getTime()) / fullSpan) * width * k;
  const x = Math.min(0, Math.max(width - width * k, -offset));
  return { k, x };
}

/** The scale a zoom transform shows: the base scale's domain seen through {k, x}. */
export function zoomedScale(base: TimeScale, { k, x }: { k: number; x: number }): TimeScale {
  const [r0, r1] = base.range();
  return base.domain([base.invert((r0 - x) / k), base.invert((r1 - x) / k)]);
}
