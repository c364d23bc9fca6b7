/**
 * When an event happens, as instants: its date's period, or from the start of
 * its date to the end of its end. Worked out once per list of events, since
 * sorting, lanes, marks and the time index all walk the same 10,000 events at
 * load, and events never change once validated.
 */
import { parsePartialDate, type Precision } from './dates';
import type { TimelineEvent } from './schema';

type Dated = Pick<TimelineEvent, 'date' | 'end'>;

export interface EventTime {
  start: Date;
  end: Date;
  precision: Precision;
}

/** Ranges by event object: layout asks for each event's time several times, and events never change. */
const rangeTimes = new WeakMap<object, EventTime>();

export function eventTime(event: Dated): EventTime | undefined {
  const start = parsePartialDate(event.date);
  const end = start && event.end ? parsePartialDate(event.end) : undefined;
  // A single date is its own time (parsed dates are shared and remembered), so most events need no
  // object of their own: on 10,000 events, one per event cost more than the parsing.
  if (!end) return start;
  let time = rangeTimes.get(event);
  if (!time) {
    time = { precision: start!.precision, start: start!.start, end: end.end };
    rangeTimes.set(event, time);
  }
  return time;
}

const timesByList = new WeakMap<readonly object[], readonly (EventTime | undefined)[]>();

/** eventTime of every event of a list, in its order, worked out once per list. */
export function eventTimes(events: readonly Dated[]): readonly (EventTime | undefined)[] {
  let times = timesByList.get(events);
  if (!times) timesByList.set(events, (times = events.map(eventTime)));
  return times;
}

/**
 * Remembers `times` (eventTime of each event, in order) as those of `events`, for a caller that worked them
 * out already: chronological hands them to the sorted list, so nothing reads its dates a second time.
 */
export function rememberEventTimes(
  events: readonly Dated[],
  times: readonly (EventTime | undefined)[],
): void {
  timesByList.set(events, times);
}

/** From the earliest start to the latest end of the events, or undefined if none has a time. */
export function periodOf(events: readonly Dated[]): { start: Date; end: Date } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const time of eventTimes(events)) {
    if (!time) continue;
    start = Math.min(start, time.start.getTime());
    end = Math.max(end, time.end.getTime());
  }
  return start <= end ? { start: new Date(start), end: new Date(end) } : undefined;
}
