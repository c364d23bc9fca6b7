import { describe, expect, it } from 'vitest';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import { actorColors, FALLBACK_PALETTE, shapePath } from './encodings';
import { QUAD_CLASSES } from '../model/vocabulary';

/** Every number in a path, rounded, to compare shapes drawn by different code. */
const numbers = (path: string) =>
  (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map((n) => Math.round(Number(n) * 100) / 100);

describe('shapePath', () => {
  it.each([
    ['verbal-cooperation', symbolCircle],
    ['material-cooperation', symbolSquare],
    ['verbal-conflict', symbolTriangle],
    ['material-conflict', symbolDiamond],
  ] as const)('draws %s with the geometry of the d3-shape symbol', (quadClass, type) => {
    for (const size of [64, 110, 300]) {
      expect(numbers(shapePath(quadClass, size))).toEqual(numbers(symbol(type, size)()!));
    }
  });

  it('gives each quad class its own shape', () => {
    expect(new Set(QUAD_CLASSES.map((quadClass) => shapePath(quadClass))).size).toBe(4);
  });
});

describe('actorColors', () => {
  it('keeps colours from the data and fills the rest from the palette, in order', () => {
    const actors = [
      { id: 'a', name: 'A', shortName: 'A', kind: 'state' as const, color: '#123456' },
      { id: 'b', name: 'B', shortName: 'B', kind: 'state' as const },
      { id: 'c', name: 'C', shortName: 'C', kind: 'group' as const },
    ];
    expect([...actorColors(actors).values()]).toEqual(['#123456', FALLBACK_PALETTE[0], FALLBACK_PALETTE[1]]);
  });
});
