import { describe, expect, it } from 'vitest';
import { clampTransform, wheelFactor, zoomAround, zoomWithin } from './zoom';

describe('clampTransform', () => {
  it.each([
    [
      { k: 0.5, x: 10 },
      { k: 1, x: 0 },
    ],
    [
      { k: 2, x: 50 },
      { k: 2, x: 0 },
    ],
    [
      { k: 2, x: -5000 },
      { k: 2, x: -1000 },
    ],
    [
      { k: 500, x: 0 },
      { k: 100, x: 0 },
    ],
    [
      { k: 3, x: -700 },
      { k: 3, x: -700 },
    ],
  ])('keeps %j within the limits as %j', (transform, expected) => {
    expect(clampTransform(transform, 1000, 100)).toEqual(expected);
  });
});

describe('zoomAround', () => {
  it.each([
    { from: { k: 1, x: 0 }, factor: 2, at: 0, to: { k: 2, x: 0 } },
    { from: { k: 1, x: 0 }, factor: 2, at: 500, to: { k: 2, x: -500 } },
    { from: { k: 2, x: -500 }, factor: 0.5, at: 500, to: { k: 1, x: 0 } },
  ])('zooms by $factor at $at keeping the date under the pointer', ({ from, factor, at, to }) => {
    const next = zoomAround(from, factor, at);
    expect(next).toEqual(to);
    // The world point under the pointer is the same before and after.
    expect((at - next.x) / next.k).toBeCloseTo((at - from.x) / from.k, 9);
  });
});

describe('wheelFactor', () => {
  it.each([
    [{ deltaY: -100, deltaMode: 0, ctrlKey: false }, 2 ** 0.2],
    [{ deltaY: 100, deltaMode: 0, ctrlKey: false }, 2 ** -0.2],
    [{ deltaY: -3, deltaMode: 1, ctrlKey: false }, 2 ** 0.15],
    [{ deltaY: -10, deltaMode: 0, ctrlKey: true }, 2 ** 0.2],
  ])('turns %j into a factor of %d', (event, factor) => {
    expect(wheelFactor(event)).toBeCloseTo(factor, 9);
  });
});

describe('zoomWithin', () => {
  it('leaves the view where it is when zooming past the largest scale', () => {
    const atLimit = { k: 100, x: -30_000 };
    const next = zoomWithin(atLimit, 1.5, 640, 100);
    expect(next.k).toBe(100);
    expect(next.x).toBeCloseTo(-30_000, 6);
  });

  it('stops exactly at the limit, keeping the date under the pointer', () => {
    const next = zoomWithin({ k: 80, x: -20_000 }, 2, 640, 100);
    expect(next.k).toBe(100);
    expect((640 - next.x) / next.k).toBeCloseTo((640 + 20_000) / 80, 9);
  });

  it('does not zoom out past the whole timeline', () => {
    expect(zoomWithin({ k: 1, x: 0 }, 0.5, 300, 100)).toEqual({ k: 1, x: 0 });
  });
});
