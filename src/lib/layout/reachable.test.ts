/**
 * Nothing is lost to culling and count marks: zoomed in as far as the chart
 * goes, around any event, that event is drawn as a mark of its own, which a
 * reader can click or focus. (The keyboard and the list view reach every
 * event too: see keyboard.test.ts and the e2e tests.)
 */
import { describe, expect, it } from 'vitest';
import { layoutLanes, markBases } from './chart-layout';
import { eventTime } from '../model/event-time';
import { InViewStatus, layoutInView } from './in-view';
import { orderLanes } from './lanes';
import { createTimeScale, MIN_VISIBLE_DAYS, paddedExtent } from './time-scale';
import { timeIndex, visibleIndexes } from './visible';
import type { Dataset } from '../model/schema';
import { chronological } from '../model/chronology';
import { syntheticDataset } from '../../../scripts/synthetic-dataset';
import { timelineEvent } from '../../../tests/helpers/build-event';

const WIDTH = 1000;
const DAY_MS = 86_400_000;

/** The chart's pipeline for one frame, as TimelineChart runs it, for a window of the timeline. */
function chartOf(dataset: Pick<Dataset, 'actors' | 'events' | 'parties'>) {
  // In date order, as the timeline keeps them (the time index relies on it).
  const events = chronological(dataset.events, []);
  const { parties } = dataset;
  const lanes = orderLanes({ ...dataset, events });
  const times = events.map((event) => eventTime(event)!);
  const full = paddedExtent({
    start: new Date(Math.min(...times.map((time) => time.start.getTime()))),
    end: new Date(Math.max(...times.map((time) => time.end.getTime()))),
  });
  const baseScale = createTimeScale([full.start, full.end], [0, WIDTH]);
  const bases = markBases(layoutLanes(events, lanes, parties, baseScale));
  const index = timeIndex(events);
  const position = new Map(events.map((event, i) => [event.id, i]));
  /** What became of the event with `id` in the view from `from` to `to`, zoomed in as far as the chart goes. */
  return (id: string, from: number, to: number) => {
    const scale = createTimeScale([new Date(from), new Date(to)], [0, WIDTH]);
    const inView = visibleIndexes(index, from, to);
    const options = { laneCentre: () => 0, origin: scale(full.start), canZoomIn: false };
    return layoutInView(bases, inView, scale, options).status[position.get(id)!];
  };
}

/** The events that are not a mark of their own at the deepest zoom around them. */
function unreachable(dataset: Pick<Dataset, 'actors' | 'events' | 'parties'>): string[] {
  const statusOf = chartOf(dataset);
  const half = (MIN_VISIBLE_DAYS * DAY_MS) / 2;
  return dataset.events
    .filter((event) => {
      const time = eventTime(event)!;
      const middle = (time.start.getTime() + time.end.getTime()) / 2;
      return statusOf(event.id, middle - half, middle + half) !== InViewStatus.mark;
    })
    .map((event) => event.id);
}

describe('every event can be reached by zooming in', () => {
  it('in 10,000 synthetic events, each is a mark of its own at the deepest zoom around it', () => {
    const dataset = syntheticDataset({ events: 10_000, actors: 5, seed: 7, linkRatio: 0 });
    expect(unreachable(dataset)).toEqual([]);
  });

  it('even when one actor did a dozen things on the same day', () => {
    const dataset = syntheticDataset({ events: 20, actors: 3, seed: 1, linkRatio: 0 });
    const actor = dataset.events[0]!.actors[0]!;
    const crowd = Array.from({ length: 12 }, (_, i) =>
      timelineEvent(`same-day-${i}`, '2001-05-17', { actors: [actor] }),
    );
    expect(unreachable({ ...dataset, events: [...dataset.events, ...crowd] })).toEqual([]);
  });
});
