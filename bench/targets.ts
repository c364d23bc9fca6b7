/** The performance budget we quote, and whether a run met it. */
import type { CaseMedians, CaseResult } from './aggregate';

export interface Target {
  events: number;
  /** Targets are for this machine, unthrottled. */
  cpuRate: number;
  readyMs: number;
  /**
   * For both the zoom and the pan: the 95th-percentile frame may last this many
   * display refreshes at 60 Hz. 1 is the "under 16.7 ms (60 fps)", 2 its
   * "under 33 ms" (30 fps).
   */
  p95Frames: number;
}

export const TARGETS: readonly Target[] = [
  { events: 10_000, cpuRate: 1, readyMs: 300, p95Frames: 1 },
  { events: 50_000, cpuRate: 1, readyMs: 1_000, p95Frames: 2 },
];

/** One refresh of headless Chromium's 60 Hz display. */
export const REFRESH_MS = 1000 / 60;
/**
 * Frame times are gaps between requestAnimationFrame timestamps, so a frame that
 * was on time lasts exactly one refresh (16.67 ms, give or take this jitter) and
 * can never be shorter: "under 16.7 ms" means "no longer than one refresh".
 */
export const FRAME_JITTER_MS = 0.5;

export type Measure = 'readyMs' | 'zoomP95Ms' | 'panP95Ms';

export const MEASURE_NAMES: Record<Measure, string> = {
  readyMs: 'ready',
  zoomP95Ms: 'zoom p95 frame',
  panP95Ms: 'pan p95 frame',
};

export interface TargetCheck {
  events: number;
  cpuRate: number;
  measure: Measure;
  limitMs: number;
  /** Ready times must be under their limit; frame times at most their number of refreshes. */
  comparison: '<' | '≤';
  /** null when every run failed. */
  measuredMs: number | null;
  /** A target counts as missed when nothing could be measured. */
  met: boolean;
}

/** One check per target and measure whose size and CPU rate were run. */
export function checkTargets(
  cases: readonly CaseResult[],
  targets: readonly Target[] = TARGETS,
): TargetCheck[] {
  return targets.flatMap((target) => {
    const result = cases.find((c) => c.events === target.events && c.cpuRate === target.cpuRate);
    if (!result) return [];
    const frameLimitMs = target.p95Frames * REFRESH_MS;
    const limits: [Measure, number, '<' | '≤'][] = [
      ['readyMs', target.readyMs, '<'],
      ['zoomP95Ms', frameLimitMs, '≤'],
      ['panP95Ms', frameLimitMs, '≤'],
    ];
    return limits.map(([measure, limitMs, comparison]) => {
      const measuredMs = result.medians ? result.medians[measure] : null;
      const within = (ms: number) => (comparison === '<' ? ms < limitMs : ms <= limitMs + FRAME_JITTER_MS);
      return {
        events: target.events,
        cpuRate: target.cpuRate,
        measure,
        limitMs,
        comparison,
        measuredMs,
        met: measuredMs !== null && within(measuredMs),
      };
    });
  });
}

export function checkFor(
  checks: readonly TargetCheck[],
  result: Pick<CaseResult, 'events' | 'cpuRate'>,
  measure: keyof CaseMedians,
): TargetCheck | undefined {
  return checks.find(
    (c) => c.events === result.events && c.cpuRate === result.cpuRate && c.measure === measure,
  );
}
