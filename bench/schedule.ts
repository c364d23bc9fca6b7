/**
 * The order of the runs. This machine is shared, and a slow spell lasts
 * longer than a page load: runs taken one row at a time would put a whole
 * spell into one row's median. Round by round instead, every row gets one run
 * a round, so a spell touches a run or two of each row.
 */
export interface ScheduledRun {
  /** Index of the case (one dataset size at one CPU rate). */
  caseIndex: number;
  /** 1-based number of this run within its case. */
  run: number;
}

export function interleavedRuns(caseCount: number, runs: number): ScheduledRun[] {
  const schedule: ScheduledRun[] = [];
  for (let run = 1; run <= runs; run++) {
    for (let caseIndex = 0; caseIndex < caseCount; caseIndex++) schedule.push({ caseIndex, run });
  }
  return schedule;
}
