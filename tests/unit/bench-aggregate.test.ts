import { describe, expect, it } from 'vitest';
import { caseMedians } from '../../bench/aggregate';
import { sample } from './bench-fixtures';

describe('caseMedians', () => {
  it('takes the median of each figure across runs, so one slow run does not move it', () => {
    const frames = (p95Ms: number) => ({ frames: 60, medianMs: 16.7, p95Ms, maxMs: p95Ms });
    const medians = caseMedians([
      sample({ readyMs: 250, zoom: frames(20) }),
      sample({ readyMs: 240, zoom: frames(18) }),
      sample({ readyMs: 900, zoom: frames(90) }),
    ]);
    expect(medians?.readyMs).toBe(250);
    expect(medians?.readyMiddleHalfMs).toEqual([245, 575]);
    expect(medians?.zoomP95Ms).toBe(20);
  });

  it('averages the two middle runs of an even number', () => {
    expect(caseMedians([sample({ domNodesReady: 100 }), sample({ domNodesReady: 200 })])?.domNodesReady).toBe(
      150,
    );
  });

  it('has nothing to say when no run succeeded', () => {
    expect(caseMedians([])).toBeUndefined();
  });
});
