/**
 * Which events lie in the visible window, found by binary search on their
 * start times instead of testing every event: the chart only lays out and
 * draws what a person can see, whatever the size of the dataset.
 */
import { eventTimes } from '../model/event-time';
import type { TimelineEvent } from '../model/schema';

export interface TimeIndex {
  starts: Float64Array;
  ends: Float64Array;
  /** The longest event, so a search from (window start − this) misses no long event. */
  maxDuration: number;
}

/** Indexes events that are already in start order (as the timeline keeps them). */
export function timeIndex(events: readonly Pick<TimelineEvent, 'date' | 'end'>[]): TimeIndex {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  let maxDuration = 0;
  eventTimes(events).forEach((time, i) => {
    starts[i] = time?.start.getTime() ?? Number.NaN;
    ends[i] = time?.end.getTime() ?? Number.NaN;
    maxDuration = Math.max(maxDuration, ends[i]! - starts[i]! || 0);
  });
  return { starts, ends, maxDuration };
}

/** First index whose start is at least `value` (starts are sorted). */
function lowerBound(starts: Float64Array, value: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Indexes of the events that overlap [from, to] (milliseconds), in start order. */
export function visibleIndexes({ starts, ends, maxDuration }: TimeIndex, from: number, to: number): number[] {
  const result: number[] = [];
  // Starts are whole milliseconds: to + 1 includes an event that starts exactly at `to`.
  const last = lowerBound(starts, to + 1);
  for (let i = lowerBound(starts, from - maxDuration); i < last; i++) {
    // Ends are exclusive (a year ends at the first instant of the next).
    if (ends[i]! > from) result.push(i);
  }
  return result;
}
