import { describe, expect, it } from 'vitest';
import { layoutLanes, markBases, positionMarks } from './chart-layout';
import { InViewStatus, layoutInView } from './in-view';
import { orderLanes } from './lanes';
import { createTimeScale } from './time-scale';
import type { Actor, TimelineEvent } from '../model/schema';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const actor = (id: string): Actor => ({ id, name: id, shortName: id, kind: 'state' });
const event = (id: string, date: string, actorId: string): TimelineEvent => ({
  id,
  date,
  actors: [actorId],
  category: { type: 'SANCTION' },
  title: id,
  summary: 's',
  sources: [{ url: 'https://example.org', publisher: 'p' }],
});

// Ten events on ten days of January in lane a, two far apart in lane b, one whose actor has no lane.
const events = [
  ...Array.from({ length: 10 }, (_, i) => event(`a${i}`, `2020-01-${String(i + 10)}`, 'a')),
  event('b1', '2020-03-01', 'b'),
  event('b2', '2020-09-01', 'b'),
  event('lost', '2020-05-01', 'nobody'),
];
const lanes = orderLanes({ actors: [actor('a'), actor('b')], events, parties: ['a', 'b'] });
const scale = createTimeScale([utc('2020-01-01'), utc('2021-01-01')], [0, 366]);
const layout = layoutLanes(events, lanes, ['a', 'b'], scale);
const bases = markBases(layout);
const all = events.map((_, i) => i);
const laneCentre = () => 0;

describe('layoutInView', () => {
  it('draws sparse events as the same marks positionMarks gives', () => {
    const { marks, clusters } = layoutInView(bases, all, scale, { laneCentre, threshold: 20 });
    expect(clusters).toEqual([]);
    expect(marks).toEqual(positionMarks(layout, scale));
  });

  it('counts a crowded cell as one count mark of bases, and builds marks only for the others', () => {
    const { marks, clusters } = layoutInView(bases, all, scale, { laneCentre, threshold: 6 });
    expect(marks.map((m) => m.id)).toEqual(['b1', 'b2']);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.members.map((m) => m.id)).toEqual(events.slice(0, 10).map((e) => e.id));
  });

  it('reports what became of every event, by index', () => {
    const inView = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12];
    const { status } = layoutInView(bases, inView, scale, { laneCentre, threshold: 6 });
    expect([...status]).toEqual([
      ...Array<number>(10).fill(InViewStatus.clustered),
      InViewStatus.mark,
      InViewStatus.away,
      InViewStatus.unplaced,
    ]);
  });

  it('lays out only the indexes given', () => {
    const { marks, clusters } = layoutInView(bases, [11], scale, { laneCentre });
    expect(marks.map((m) => m.id)).toEqual(['b2']);
    expect(clusters).toEqual([]);
  });
});
