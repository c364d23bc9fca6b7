import { describe, expect, it } from 'vitest';
import { layoutLinks, placeLagLabels, type LinkLayout } from './link-layout';
import type { Link } from '../model/schema';

const link = (from: string, to: string): Link => ({ from, to, kind: 'reciprocal', evidence: 'explicit' });
const ends = new Map([
  ['a', { x: 0, y: 0, date: '2020-12-10' }],
  ['b', { x: 100, y: 50, date: '2021-01-18' }],
  ['c', { x: 100, y: 50, date: '2021-01-18' }],
]);

describe('layoutLinks', () => {
  it('draws a link whose two ends are on the chart, with its lag', () => {
    const [arc] = layoutLinks([link('a', 'b')], ends);
    expect(arc).toMatchObject({ index: 0, lag: '+39 days' });
    expect(arc!.length).toBeCloseTo(111.8, 1);
    expect(arc!.d).toMatch(/^M[\d.]+,[\d.-]+Q/);
  });

  it('skips links with an end filtered out, and links between marks at the same spot', () => {
    const arcs = layoutLinks([link('a', 'gone'), link('b', 'c'), link('a', 'c')], ends);
    expect(arcs.map((arc) => arc.index)).toEqual([2]);
  });
});

describe('placeLagLabels', () => {
  const arc = (index: number, x: number, y: number, length: number): LinkLayout => ({
    link: link('a', 'b'),
    index,
    d: 'M0,0',
    mid: { x, y },
    length,
    lag: '+39 days',
  });

  it('labels only long arcs when no chain is highlighted', () => {
    const labels = placeLagLabels([arc(0, 100, 50, 400), arc(1, 300, 50, 60)], null, { width: 1000 });
    expect(labels.map((l) => l.index)).toEqual([0]);
  });

  it('labels the highlighted chain, even short arcs, and nothing else', () => {
    const labels = placeLagLabels([arc(0, 100, 50, 400), arc(1, 300, 50, 60)], new Set([1]), { width: 1000 });
    expect(labels.map((l) => l.index)).toEqual([1]);
  });

  it('keeps clear of obstacles such as marks and their labels', () => {
    const labels = placeLagLabels([arc(0, 100, 50, 400)], null, {
      width: 1000,
      obstacles: [{ x0: 90, x1: 95, y0: 45, y1: 55 }],
    });
    expect(labels).toEqual([]);
  });

  it('never lets two labels overlap, nor a label leave the plot', () => {
    const labels = placeLagLabels([arc(0, 100, 50, 500), arc(1, 110, 55, 400), arc(2, 5, 50, 400)], null, {
      width: 1000,
    });
    expect(labels.map((l) => l.index)).toEqual([0]);
  });
});
