/** The performance budget we quote, and whether a run met it. */
import type { CaseMedians, CaseResult } from './aggregate';

export interface Target {
  events: number;
  /** Targets are for this machine, unthrottled. */
  cpuRate: number;
  readyMs: number;
  /** For both the zoom and the pan. */
  p95FrameMs: number;
}

export const TARGETS: readonly Target[] = [
  { events: 10_000, cpuRate: 1, readyMs: 300, p95FrameMs: 16.7 },
  { events: 50_000, cpuRate: 1, readyMs: 1_000, p95FrameMs: 33 },
];

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
    const limits: [Measure, number][] = [
      ['readyMs', target.readyMs],
      ['zoomP95Ms', target.p95FrameMs],
      ['panP95Ms', target.p95FrameMs],
    ];
    return limits.map(([measure, limitMs]) => {
      const measuredMs = result.medians ? result.medians[measure] : null;
      return {
        events: target.events,
        cpuRate: target.cpuRate,
        measure,
        limitMs,
        measuredMs,
        met: measuredMs !== null && measuredMs < limitMs,
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
