/** Turns the samples of repeated runs into the medians the table shows. */
import type { RunSample } from './measure';
import { median, quantile } from './stats';

/** One dataset size at one CPU rate. */
export interface CaseResult {
  events: number;
  links: number;
  actors: number;
  cpuRate: number;
  samples: RunSample[];
  /** One message per run that failed. */
  failures: string[];
  /** Medians over the successful runs; undefined when none succeeded. */
  medians: CaseMedians | undefined;
}

export interface CaseMedians {
  readyMs: number;
  /** The middle half of the ready times (their 25th and 75th percentiles): how far the runs spread. */
  readyMiddleHalfMs: [number, number];
  heapBytes: number;
  domNodesReady: number;
  domNodesZoomed: number;
  zoomMedianMs: number;
  zoomP95Ms: number;
  panMedianMs: number;
  panP95Ms: number;
}

/** Each figure is the median across runs of that run's figure (so a p95 is the median run's p95). */
export function caseMedians(samples: readonly RunSample[]): CaseMedians | undefined {
  if (samples.length === 0) return undefined;
  const of = (pick: (sample: RunSample) => number) => median(samples.map(pick));
  const readyTimes = samples.map((sample) => sample.readyMs);
  return {
    readyMs: of((s) => s.readyMs),
    readyMiddleHalfMs: [quantile(readyTimes, 0.25), quantile(readyTimes, 0.75)],
    heapBytes: of((s) => s.heapBytes),
    domNodesReady: of((s) => s.domNodesReady),
    domNodesZoomed: of((s) => s.domNodesZoomed),
    zoomMedianMs: of((s) => s.zoom.medianMs),
    zoomP95Ms: of((s) => s.zoom.p95Ms),
    panMedianMs: of((s) => s.pan.medianMs),
    panP95Ms: of((s) => s.pan.p95Ms),
  };
}
