import { describe, expect, it } from 'vitest';
import { deltas, median, p95, quantile } from '../../bench/stats';

describe('quantile', () => {
  it.each([
    { values: [3, 1, 2], q: 0.5, expected: 2 },
    { values: [4, 1, 3, 2], q: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4, 5], q: 0, expected: 1 },
    { values: [1, 2, 3, 4, 5], q: 1, expected: 5 },
    { values: [1, 2, 3, 4, 5], q: 0.25, expected: 2 },
    { values: [10, 20], q: 0.95, expected: 19.5 },
    { values: [7], q: 0.95, expected: 7 },
    { values: [1, Number.NaN, 3], q: 0.5, expected: 2 },
  ])('quantile($values, $q) is $expected', ({ values, q, expected }) => {
    expect(quantile(values, q)).toBeCloseTo(expected, 10);
  });

  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('does not reorder the list it is given', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('median and p95', () => {
  it('median takes the middle frame and p95 the slow tail of twenty frames', () => {
    const frames = [...Array.from({ length: 18 }, () => 16.7), 50, 100];
    expect(median(frames)).toBeCloseTo(16.7, 10);
    expect(p95(frames)).toBeCloseTo(50 + (100 - 50) * 0.05, 10);
  });
});

describe('deltas', () => {
  it.each([
    { timestamps: [], expected: [] },
    { timestamps: [5], expected: [] },
    { timestamps: [0, 16.7, 33.4, 83.4], expected: [16.7, 16.7, 50] },
  ])('deltas($timestamps) is $expected', ({ timestamps, expected }) => {
    deltas(timestamps).forEach((delta, i) => expect(delta).toBeCloseTo(expected[i]!, 10));
    expect(deltas(timestamps)).toHaveLength(expected.length);
  });
});
