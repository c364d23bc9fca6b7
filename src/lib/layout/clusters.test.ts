import { describe, expect, it } from 'vitest';
import { clusterByCell, clusterMarks } from './clusters';

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

describe('clusterByCell', () => {
  const item = (id: string, laneId = 'a') => ({ id, laneId });

  it('returns the singles as indexes in input order, with x given apart', () => {
    const items = ['1', '2', '3', '4'].map((id) => item(id));
    const crowdedAt50 = [50, 0, 51, 200];
    const { singles, clusters } = clusterByCell(items, crowdedAt50, { laneCentre, threshold: 1 });
    expect(singles).toEqual([1, 3]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ laneId: 'a', x: 50.5, key: 'a|2' });
    expect(clusters[0]!.members.map((m) => m.id)).toEqual(['1', '3']);
  });

  it('counts cells from the origin, so a pan moves count marks without regrouping them', () => {
    const items = ['1', '2', '3', '4'].map((id) => item(id));
    const xs = [15, 20, 25, 30];
    const groups = (origin: number) =>
      clusterByCell(
        items,
        xs.map((x) => x + origin),
        { laneCentre, threshold: 1, origin, cell: 22 },
      ).clusters.map((c) => [c.key, c.members.map((m) => m.id)]);
    expect(groups(0)).toEqual([
      ['a|0', ['1', '2']],
      ['a|1', ['3', '4']],
    ]);
    // Panned by an amount that is not a whole number of cells: the same groups under the same keys.
    expect(groups(-317)).toEqual(groups(0));
    expect(groups(140)).toEqual(groups(0));
  });

  it('keeps the lanes apart, however many there are, and puts no event in two places', () => {
    const items = Array.from({ length: 300 }, (_, i) => item(`e${i}`, `lane${i % 7}`));
    const xs = items.map((_, i) => (i * 13) % 400);
    const { singles, clusters } = clusterByCell(items, xs, { laneCentre: () => 0, threshold: 2 });
    for (const cluster of clusters) {
      expect(new Set(cluster.members.map((m) => m.laneId))).toEqual(new Set([cluster.laneId]));
    }
    const ids = [...singles.map((i) => items[i]!.id), ...clusters.flatMap((c) => c.members.map((m) => m.id))];
    expect(ids.sort()).toEqual(items.map((m) => m.id).sort());
    expect(new Set(clusters.map((c) => c.key)).size).toBe(clusters.length);
  });

  it('handles cells left of the origin', () => {
    const items = ['1', '2', '3'].map((id) => item(id));
    const { clusters } = clusterByCell(items, [-30, -25, -40], { laneCentre, threshold: 2 });
    expect(clusters.map((c) => c.key)).toEqual(['a|-2']);
  });
});
