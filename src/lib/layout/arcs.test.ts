import { describe, expect, it } from 'vitest';
import { arcGeometry } from './arcs';

describe('arcGeometry', () => {
  it('bows a link within a lane upwards, with the lag label at the top of the curve', () => {
    const arc = arcGeometry({ x: 0, y: 100 }, { x: 100, y: 100 });
    expect(arc.d).toBe('M0,100Q50,65 100,100');
    expect(arc.mid).toEqual({ x: 50, y: 82.5 });
  });

  it('stops short of both marks by the trim, along the curve', () => {
    expect(arcGeometry({ x: 0, y: 100 }, { x: 100, y: 100 }, 60, 10).d).toBe('M8.2,94.3Q50,65 91.8,94.3');
  });

  it('caps the bow of long links', () => {
    expect(arcGeometry({ x: 0, y: 100 }, { x: 1000, y: 100 }, 60).d).toBe('M0,100Q500,40 1000,100');
  });

  it('bows a link between lanes to the left of its direction', () => {
    const arc = arcGeometry({ x: 0, y: 0 }, { x: 0, y: 100 });
    expect(arc.d).toBe('M0,0Q35,50 0,100');
  });

  it.each([
    [
      { x: NaN, y: 0 },
      { x: 1, y: 1 },
    ],
    [
      { x: 0, y: 0 },
      { x: Infinity, y: 1 },
    ],
  ])('draws nothing when an end is not a finite point', (from, to) => {
    expect(arcGeometry(from, to).d).toBe('');
  });

  it('draws nothing between two marks at the same spot', () => {
    expect(arcGeometry({ x: 5, y: 5 }, { x: 5, y: 5 }).d).toBe('');
  });
});
