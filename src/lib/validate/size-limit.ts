/** The one limit checked before a dataset's text is read at all. */
import type { LocatedProblem } from './problem';

/** Far above any real dataset (10,000 events is about 4 MB), low enough that a browser tab survives it. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

export function sizeProblem(bytes: number): LocatedProblem | undefined {
  if (bytes <= MAX_DATASET_BYTES) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    path: [],
    message: `the file is ${mb(bytes)}; datasets may be at most ${mb(MAX_DATASET_BYTES)}. Split it into several datasets.`,
    line: 1,
    column: 1,
  };
}
