/**
 * Where everything on the chart goes. Two stages, so that zooming never makes
 * marks jump between rows:
 * - `layoutLanes` stacks marks into rows once, at the un-zoomed scale, and
 *   gives every lane its vertical band;
 * - `layoutMarks` places marks horizontally at the current zoom and decides
 *   which labels fit.
 * Pure functions: no DOM, no Svelte.
 */
import type { Precision } from '../model/dates';
import { eventTimes, type EventTime } from '../model/event-time';
import type { TimelineEvent } from '../model/schema';
import { QUAD_CLASS_OF, type QuadClass } from '../model/vocabulary';
import { laneOf, type Lane, type LaneResolver } from './lanes';
import { stackRows, type Span } from './rows';
import { placeLabels, shorten } from './labels';
import type { TimeScale } from './time-scale';

export interface LaneMetrics {
  /** Row height inside the two parties' lanes and the others'. */
  rowHeight: number;
  /** Space above the first row and below the last one. */
  padding: number;
  /** Rows a party lane may grow to before marks overlap. */
  maxPartyRows: number;
  /** Rows any other lane may grow to. */
  maxOtherRows: number;
  /** Half the width of a mark, in pixels. */
  markRadius: number;
  /** Clear space kept between stacked marks in a row. */
  markGap: number;
}

export const DEFAULT_METRICS: LaneMetrics = {
  rowHeight: 24,
  padding: 6,
  maxPartyRows: 4,
  maxOtherRows: 2,
  markRadius: 6,
  markGap: 6,
};

export interface LaneBand {
  lane: Lane;
  y: number;
  height: number;
  rows: number;
}

export interface LaneLayout {
  bands: LaneBand[];
  height: number;
  /** The events laid out, and by their position the index of each one's band (−1 for none) and its row. */
  events: readonly TimelineEvent[];
  bandAt: Int32Array;
  rowAt: Int32Array;
}

/** Horizontal extent of a mark, and where its symbol sits. */
function markSpan(
  time: EventTime,
  hasEnd: boolean,
  scale: TimeScale,
  radius: number,
): { x: number; x0: number; x1: number; bar: boolean } {
  const left = scale(time.start);
  const right = scale(time.end);
  const bar = hasEnd || time.precision !== 'day';
  // A period known only to its month or year is centred on it; a range starts at its start.
  const x = hasEnd ? left + radius : (left + right) / 2;
  return { x, x0: Math.min(left, x - radius), x1: Math.max(right, x + radius), bar };
}

export function layoutLanes(
  events: readonly TimelineEvent[],
  lanes: readonly Lane[],
  partyIds: readonly string[],
  baseScale: TimeScale,
  metrics: LaneMetrics = DEFAULT_METRICS,
  resolveLane: LaneResolver = laneOf,
): LaneLayout {
  const bands: LaneBand[] = [];
  // Rows and bands by event position, not maps by id: on 10,000 events, hashing ids is the slow part.
  const bandAt = new Int32Array(events.length).fill(-1);
  const rowAt = new Int32Array(events.length);
  const laneIndex = new Map(lanes.map((lane, i) => [lane.actor.id, i]));
  // Each event's span, sorted into its lane in one pass over the events.
  const spansOf: (Span & { index: number })[][] = lanes.map(() => []);
  const times = eventTimes(events);
  events.forEach((event, index) => {
    const lane = laneIndex.get(resolveLane(event));
    const time = lane === undefined ? undefined : times[index];
    if (!time) return;
    const span = markSpan(time, Boolean(event.end), baseScale, metrics.markRadius);
    spansOf[lane!]!.push({ id: event.id, index, x0: span.x0, x1: span.x1 + metrics.markGap });
    bandAt[index] = lane!;
  });
  let y = 0;
  lanes.forEach((lane, i) => {
    const maxRows = partyIds.includes(lane.actor.id) ? metrics.maxPartyRows : metrics.maxOtherRows;
    const rowCount = Math.max(
      1,
      stackRows(spansOf[i]!, maxRows, 0, (span, row) => (rowAt[span.index] = row)),
    );
    const height = metrics.padding * 2 + rowCount * metrics.rowHeight;
    bands.push({ lane, y, height, rows: rowCount });
    y += height;
  });
  return { bands, height: y, events, bandAt, rowAt };
}

export interface MarkLayout {
  event: TimelineEvent;
  id: string;
  laneId: string;
  quadClass: QuadClass;
  precision: Precision;
  /** Symbol centre. */
  x: number;
  y: number;
  /** A bar under the symbol for ranges and for dates known only to the month or year. */
  bar?: { x0: number; x1: number };
  /** The label text when it fits, else undefined. */
  label?: string;
}

export interface MarkOptions {
  metrics?: LaneMetrics;
  /** Visible plot width: labels must fit inside it. */
  width: number;
  labelChars: number;
  /** Average glyph width of the label font, in pixels. */
  charWidth?: number;
  title: (event: TimelineEvent) => string;
}

export function layoutMarks(lanes: LaneLayout, scale: TimeScale, options: MarkOptions): MarkLayout[] {
  return labelMarks(positionMarks(lanes, scale, options), options);
}

/**
 * What a mark keeps at every zoom level: its lane, row, shape and dates. Worked out once per
 * dataset and lane layout, so that a zoom frame only has to map dates to x.
 */
export interface MarkBase {
  event: TimelineEvent;
  /** Position of the event in the list the bases were made from. */
  index: number;
  id: string;
  laneId: string;
  quadClass: QuadClass;
  /** Symbol centre, vertically. */
  y: number;
  time: EventTime;
  hasEnd: boolean;
}

/** One base per event the lanes were laid out from, in their order; undefined for one without a lane or a date. */
export function markBases(
  lanes: LaneLayout,
  { metrics = DEFAULT_METRICS, top = 0 }: Pick<MarkOptions, 'metrics'> & { top?: number } = {},
): (MarkBase | undefined)[] {
  const times = eventTimes(lanes.events);
  return lanes.events.map((event, index) => {
    const band = lanes.bands[lanes.bandAt[index]!];
    const time = times[index];
    if (!band || !time) return undefined;
    return {
      event,
      index,
      id: event.id,
      laneId: band.lane.actor.id,
      quadClass: QUAD_CLASS_OF[event.category.type],
      y: top + band.y + metrics.padding + lanes.rowAt[index]! * metrics.rowHeight + metrics.rowHeight / 2,
      time,
      hasEnd: Boolean(event.end),
    };
  });
}

/** Where the symbol of a mark sits horizontally at this scale: all that clustering needs. */
export function markCentre(base: MarkBase, scale: TimeScale, radius = DEFAULT_METRICS.markRadius): number {
  return base.hasEnd ? scale(base.time.start) + radius : (scale(base.time.start) + scale(base.time.end)) / 2;
}

/** The mark of a base at this scale, without a label. */
export function placeMark(base: MarkBase, scale: TimeScale, radius = DEFAULT_METRICS.markRadius): MarkLayout {
  const span = markSpan(base.time, base.hasEnd, scale, radius);
  const left = scale(base.time.start);
  const right = scale(base.time.end);
  return {
    event: base.event,
    id: base.id,
    laneId: base.laneId,
    quadClass: base.quadClass,
    precision: base.time.precision,
    x: span.x,
    y: base.y,
    bar: span.bar ? { x0: left, x1: Math.max(right, left + 1) } : undefined,
  };
}

/** Places the marks, without labels: cheap, so it can run for everything in view before clustering. */
export function positionMarks(
  lanes: LaneLayout,
  scale: TimeScale,
  options: Pick<MarkOptions, 'metrics'> = {},
): MarkLayout[] {
  const radius = (options.metrics ?? DEFAULT_METRICS).markRadius;
  return markBases(lanes, options)
    .filter((base) => base !== undefined)
    .map((base) => placeMark(base, scale, radius));
}

/** Decides which labels fit (see labels.ts); returns new marks, the given ones are not changed. */
export function labelMarks(
  marks: readonly MarkLayout[],
  { metrics = DEFAULT_METRICS, width, labelChars, charWidth = 6.6, title }: MarkOptions,
): MarkLayout[] {
  const rowKey = (mark: MarkLayout) => `${mark.laneId}:${mark.y}`;
  const texts = new Map(marks.map((mark) => [mark.id, shorten(title(mark.event), labelChars)]));
  const visible = placeLabels(
    marks.map((mark) => ({
      id: mark.id,
      row: rowKey(mark),
      x: mark.x + metrics.markRadius + 4,
      width: texts.get(mark.id)!.length * charWidth,
      priority: mark.event.importance ?? 2,
    })),
    {
      minX: 0,
      maxX: width,
      obstacles: marks.map((mark) => ({
        row: rowKey(mark),
        x0: mark.x - metrics.markRadius,
        x1: mark.x + metrics.markRadius,
      })),
    },
  );
  return marks.map((mark) => (visible.has(mark.id) ? { ...mark, label: texts.get(mark.id) } : mark));
}
