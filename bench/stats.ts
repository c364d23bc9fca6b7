/** Order statistics for benchmark samples. Inputs are never mutated. */

/**
 * The q-quantile (0 ≤ q ≤ 1) by linear interpolation between closest ranks,
 * as numpy's default and d3.quantile do. NaN for an empty list.
 */
export function quantile(values: readonly number[], q: number): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const position = (finite.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.min(finite.length - 1, below + 1);
  return finite[below]! + (finite[above]! - finite[below]!) * (position - below);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

/** Gaps between consecutive timestamps: frame durations from requestAnimationFrame times. */
export function deltas(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((time, i) => time - timestamps[i]!);
}
