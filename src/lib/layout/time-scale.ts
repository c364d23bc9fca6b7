/**
 * The horizontal time scale and its limits. All dates are UTC instants of
 * partial dates, so a day is never shifted by the reader's time zone.
 */
import { scaleUtc, type ScaleTime } from 'd3';

const DAY_MS = 86_400_000;
/** Zooming in further than about two weeks across the chart shows nothing new: dates are days at best. */
export const MIN_VISIBLE_DAYS = 14;

export interface Extent {
  start: Date;
  end: Date;
}

/** The whole span of the data with a margin, so the first and last marks are not cut at the edge. */
export function paddedExtent(extent: Extent, fraction = 0.03): Extent {
  const span = Math.max(extent.end.getTime() - extent.start.getTime(), MIN_VISIBLE_DAYS * DAY_MS);
  const pad = span * fraction;
  return { start: new Date(extent.start.getTime() - pad), end: new Date(extent.end.getTime() + pad) };
}

export function timeScale(extent: Extent, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([extent.start, extent.end])
    .range([0, Math.max(1, width)]);
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
export function zoomedScale(
  base: ScaleTime<number, number>,
  { k, x }: { k: number; x: number },
): ScaleTime<number, number> {
  const [r0, r1] = base.range() as [number, number];
  return base.copy().domain([base.invert((r0 - x) / k), base.invert((r1 - x) / k)]);
}
