import { describe, expect, it, vi } from 'vitest';
import { memoize } from './memo';

describe('memoize', () => {
  it('computes once per argument and returns the same result after', () => {
    const compute = vi.fn((n: number) => `#${n}`);
    const named = memoize(compute);
    expect([named(1), named(2), named(1), named(2)]).toEqual(['#1', '#2', '#1', '#2']);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('treats arguments with the same key as the same', () => {
    const compute = vi.fn((box: { id: string; n: number }) => box.n);
    const byId = memoize(compute, (box) => box.id);
    expect(byId({ id: 'a', n: 1 })).toBe(1);
    expect(byId({ id: 'a', n: 2 })).toBe(1);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('remembers an undefined result too', () => {
    const compute = vi.fn(() => undefined);
    const nothing = memoize(compute);
    nothing('x');
    nothing('x');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('starts afresh past its limit, still giving right answers', () => {
    const compute = vi.fn((n: number) => n * 2);
    const double = memoize(compute, undefined, 2);
    expect([double(1), double(2), double(3), double(1)]).toEqual([2, 4, 6, 2]);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
