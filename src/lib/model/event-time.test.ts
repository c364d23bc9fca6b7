import { describe, expect, it } from 'vitest';
import { chronological } from './chronology';
import { eventTime, eventTimes, periodOf } from './event-time';

const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);
const e = (id: string, date: string, end?: string) => ({ id, date, ...(end ? { end } : {}) });
const events = [e('a', '2020-03-04'), e('b', '2020-03'), e('c', '2020', '2021'), e('d', '2019-12-31')];

describe('eventTime', () => {
  it('gives a date its own period, and a range from the start of its date to the end of its end', () => {
    const single = eventTime(events[1]!)!;
    expect([single.precision, iso(single.start), iso(single.end)]).toEqual([
      'month',
      '2020-03-01',
      '2020-04-01',
    ]);
    const range = eventTime(events[2]!)!;
    expect([range.precision, iso(range.start), iso(range.end)]).toEqual(['year', '2020-01-01', '2022-01-01']);
    expect(eventTime(e('x', '2020-02-30'))).toBeUndefined();
  });
});

describe('eventTimes', () => {
  it('works out the times of a list once, in its order, and anew for another list', () => {
    const times = eventTimes(events);
    expect(times.map((time) => iso(time?.start))).toEqual(events.map((x) => iso(eventTime(x)?.start)));
    expect(eventTimes(events)).toBe(times);
    const reversed = [...events].reverse();
    expect(eventTimes(reversed).map((time) => iso(time?.end))).toEqual(
      reversed.map((x) => iso(eventTime(x)?.end)),
    );
  });

  it('gives a chronological list the times of its own events, in its own order', () => {
    const sorted = chronological(events);
    expect(sorted.map((x) => x.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(eventTimes(sorted).map((time) => iso(time?.start))).toEqual([
      '2019-12-31',
      '2020-01-01',
      '2020-03-01',
      '2020-03-04',
    ]);
    expect(eventTimes(sorted).map((time) => iso(time?.end))).toEqual(
      sorted.map((x) => iso(eventTime(x)?.end)),
    );
  });
});

describe('periodOf', () => {
  it('runs from the earliest start to the latest end, ranges and periods included', () => {
    const period = periodOf(events)!;
    expect([iso(period.start), iso(period.end)]).toEqual(['2019-12-31', '2022-01-01']);
  });

  it('is undefined when no event has a time', () => {
    expect(periodOf([])).toBeUndefined();
    expect(periodOf([e('x', 'someday')])).toBeUndefined();
  });
});
