import { describe, expect, it } from 'vitest';
import { clusterMarks } from './clusters';

const mark = (id: string, laneId: string, x: number) => ({ id, laneId, x, y: 10 });
const laneCentre = (laneId: string) => (laneId === 'a' ? 50 : 150);

describe('clusterMarks', () => {
  it('leaves sparse marks alone', () => {
    const marks = [mark('1', 'a', 0), mark('2', 'a', 40), mark('3', 'b', 0)];
    const { singles, clusters } = clusterMarks(marks, { laneCentre });
    expect(singles.map((m) => m.id)).toEqual(['1', '2', '3']);
    expect(clusters).toEqual([]);
  });

  it('merges a crowded cell of one lane into a count mark at the lane centre, keeping every member', () => {
    const crowded = Array.from({ length: 8 }, (_, i) => mark(`c${i}`, 'a', 100 + i));
    const { singles, clusters } = clusterMarks([...crowded, mark('other-lane', 'b', 101)], { laneCentre });
    expect(singles.map((m) => m.id)).toEqual(['other-lane']);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ laneId: 'a', x: 103.5, y: 50 });
    expect(clusters[0]!.members.map((m) => m.id)).toEqual(crowded.map((m) => m.id));
  });

  it('loses no event: singles and cluster members together are the input', () => {
    const marks = Array.from({ length: 500 }, (_, i) =>
      mark(`m${i}`, i % 3 === 0 ? 'a' : 'b', (i * 37) % 900),
    );
    const { singles, clusters } = clusterMarks(marks, { laneCentre, threshold: 2 });
    const ids = [...singles.map((m) => m.id), ...clusters.flatMap((c) => c.members.map((m) => m.id))];
    expect(ids.sort()).toEqual(marks.map((m) => m.id).sort());
  });
});
