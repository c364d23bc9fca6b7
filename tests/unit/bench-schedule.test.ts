import { describe, expect, it } from 'vitest';
import { interleavedRuns } from '../../bench/schedule';

describe('interleavedRuns', () => {
  it('gives every case one run a round, in case order, round after round', () => {
    expect(interleavedRuns(3, 2).map(({ caseIndex, run }) => `${caseIndex}:${run}`)).toEqual([
      '0:1',
      '1:1',
      '2:1',
      '0:2',
      '1:2',
      '2:2',
    ]);
  });

  it('gives each case exactly its number of runs, numbered from 1', () => {
    const schedule = interleavedRuns(8, 9);
    expect(schedule).toHaveLength(72);
    for (let caseIndex = 0; caseIndex < 8; caseIndex++) {
      const runs = schedule.filter((entry) => entry.caseIndex === caseIndex).map((entry) => entry.run);
      expect(runs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('never runs a case twice in a row when there are others', () => {
    const schedule = interleavedRuns(4, 5);
    expect(schedule.every((entry, i) => i === 0 || entry.caseIndex !== schedule[i - 1]!.caseIndex)).toBe(
      true,
    );
  });

  it('has nothing to run without cases or runs', () => {
    expect(interleavedRuns(0, 5)).toEqual([]);
    expect(interleavedRuns(3, 0)).toEqual([]);
  });
});
