/** Builders for the benchmark's result types, shared by the bench-*.test.ts files. */
import type { CaseResult } from '../../bench/aggregate';
import { caseMedians } from '../../bench/aggregate';
import type { RunSample } from '../../bench/measure';

export function sample(overrides: Partial<RunSample> = {}): RunSample {
  return {
    readyMs: 200,
    heapBytes: 10 * 1024 * 1024,
    domNodesReady: 1_000,
    domNodesZoomed: 400,
    zoom: { frames: 60, medianMs: 16.7, p95Ms: 16.7, maxMs: 20 },
    pan: { frames: 60, medianMs: 16.7, p95Ms: 16.7, maxMs: 20 },
    ...overrides,
  };
}

export function caseResult(
  events: number,
  cpuRate: number,
  samples: RunSample[],
  failures: string[] = [],
): CaseResult {
  return { events, links: events / 4, actors: 4, cpuRate, samples, failures, medians: caseMedians(samples) };
}
