import { describe, expect, it } from 'vitest';
import {
  DEFAULT_METRICS,
  layoutLanes,
  layoutMarks,
  markBases,
  markCentre,
  placeMark,
  positionMarks,
} from './chart-layout';
import { orderLanes } from './lanes';
import { createTimeScale } from './time-scale';
import type { Actor, TimelineEvent } from '../model/schema';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const actor = (id: string): Actor => ({ id, name: id, shortName: id, kind: 'state' });
const event = (
  id: string,
  date: string,
  actorId: string,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id,
  date,
  actors: [actorId],
  category: { type: 'SANCTION' },
  title: `Title of ${id}`,
  summary: 's',
  sources: [{ url: 'https://example.org', publisher: 'p' }],
  ...extra,
});

const actors = [actor('a'), actor('b')];
const events = [
  event('a1', '2020-01-10', 'a', { importance: 5 }),
  event('a2', '2020-01-12', 'a'),
  event('a3', '2020-06-01', 'a'),
  event('b1', '2020-03', 'b'),
  event('b2', '2020', 'b', { end: '2021' }),
];
const lanes = orderLanes({ actors, events, parties: ['a', 'b'] });
const base = createTimeScale([utc('2020-01-01'), utc('2022-01-01')], [0, 731]);
const options = { width: 731, labelChars: 30, title: (e: TimelineEvent) => String(e.title) };

describe('layoutLanes', () => {
  it('stacks marks that would touch into separate rows and sizes each lane by its rows', () => {
    const layout = layoutLanes(events, lanes, ['a', 'b'], base);
    // events: a1, a2, a3 in lane a, then b1, b2 in lane b.
    expect([...layout.rowAt].slice(0, 3)).toEqual([0, 1, 0]);
    const { rowHeight, padding } = DEFAULT_METRICS;
    expect(layout.bands.map((b) => [b.lane.actor.id, b.y, b.height])).toEqual([
      ['a', 0, 2 * padding + 2 * rowHeight],
      ['b', 2 * padding + 2 * rowHeight, 2 * padding + 2 * rowHeight],
    ]);
    expect(layout.height).toBe(4 * padding + 4 * rowHeight);
  });
});

describe('layoutMarks', () => {
  const lanesLayout = layoutLanes(events, lanes, ['a', 'b'], base);

  it('centres a day mark on its day and a month mark on its month, with a bar across the month', () => {
    const marks = layoutMarks(lanesLayout, base, options);
    const a1 = marks.find((m) => m.id === 'a1')!;
    expect(a1.x).toBeCloseTo(9.5, 5);
    expect(a1.bar).toBeUndefined();
    const b1 = marks.find((m) => m.id === 'b1')!;
    expect(b1.bar).toEqual({ x0: 60, x1: 91 });
    expect(b1.x).toBeCloseTo(75.5, 5);
    expect(b1.precision).toBe('month');
  });

  it('starts a range mark at its start, with a bar to its end', () => {
    const b2 = layoutMarks(lanesLayout, base, options).find((m) => m.id === 'b2')!;
    expect(b2.bar).toEqual({ x0: 0, x1: 731 });
    expect(b2.x).toBe(DEFAULT_METRICS.markRadius);
  });

  it('keeps rows when zooming, and shows more labels as marks spread apart', () => {
    const narrow = layoutMarks(lanesLayout, base.copy().range([0, 200]), { ...options, width: 200 });
    const zoomed = layoutMarks(lanesLayout, base.copy().range([0, 20000]).domain(base.domain()), {
      ...options,
      width: 20000,
    });
    const y = (marks: typeof narrow, id: string) => marks.find((m) => m.id === id)!.y;
    expect(y(narrow, 'a2')).toBe(y(zoomed, 'a2'));
    const labelled = (marks: typeof narrow) => marks.filter((m) => m.label).length;
    expect(labelled(zoomed)).toBeGreaterThan(labelled(narrow));
    expect(narrow.find((m) => m.id === 'a1')!.label).toBeUndefined();
    expect(zoomed.find((m) => m.id === 'a1')!.label).toBe('Title of a1');
  });

  it('shortens long titles', () => {
    const long = [
      event('x', '2020-05-05', 'a', { title: 'A very long title that goes on and on about something' }),
    ];
    const layout = layoutLanes(long, lanes, ['a', 'b'], base);
    expect(layoutMarks(layout, base, { ...options, labelChars: 20 })[0]!.label).toBe('A very long title…');
  });
});

describe('layoutLanes by position', () => {
  it('gives the band and row of each event by its position, and -1 for one without a lane', () => {
    const orphan = event('z', '2020-02-02', 'nobody');
    const layout = layoutLanes([...events, orphan], lanes, ['a', 'b'], base);
    expect([...layout.bandAt]).toEqual([0, 0, 0, 1, 1, -1]);
    // b2 (2020 to 2021) starts before b1 (March 2020) and covers it: b1 goes to the second row.
    expect([...layout.rowAt]).toEqual([0, 1, 0, 1, 0, 0]);
    expect(layout.events.at(-1)).toBe(orphan);
  });
});

describe('markBases and placeMark', () => {
  const lanesLayout = layoutLanes(events, lanes, ['a', 'b'], base);
  const zoomed = base.copy().range([-900, 2600]);

  it('place every mark exactly where positionMarks does, at any zoom', () => {
    const bases = markBases(lanesLayout);
    for (const scale of [base, zoomed]) {
      expect(bases.map((b) => placeMark(b!, scale))).toEqual(positionMarks(lanesLayout, scale));
    }
  });

  it('give the symbol centre for clustering without building the mark', () => {
    const bases = markBases(lanesLayout);
    for (const b of bases) expect(markCentre(b!, zoomed)).toBe(placeMark(b!, zoomed).x);
  });

  it('keep one entry per event, in order, with its index, and shift y by the top given', () => {
    const orphan = event('z', '2020-02-02', 'nobody');
    const bases = markBases(layoutLanes([...events, orphan], lanes, ['a', 'b'], base), { top: 50 });
    expect(bases.map((b) => b?.index)).toEqual([0, 1, 2, 3, 4, undefined]);
    expect(bases[1]!.y).toBe(positionMarks(lanesLayout, base)[1]!.y + 50);
  });
});
