/**
 * Bundle budgets (issue #6): the JavaScript a reader downloads before the
 * timeline can draw, gzipped with zlib's default level, in kB of 1,000 bytes.
 */
import type { BundleSize } from './bundle-size';

export interface Budget {
  name: string;
  /** The most this build may weigh; CI fails above it. */
  limitBytes: number;
}

export const BUDGETS = {
  app: { name: 'full view (index.html)', limitBytes: 45_000 },
  // One file that can fetch nothing, so everything it can show is inside, the panels included (bench/README.md).
  embed: { name: 'embed (embed.html)', limitBytes: 40_000 },
} as const satisfies Record<string, Budget>;

export interface BudgetVerdict {
  budget: Budget;
  size: BundleSize;
  withinLimit: boolean;
}

export function judge(budget: Budget, size: BundleSize): BudgetVerdict {
  return { budget, size, withinLimit: size.gzipBytes <= budget.limitBytes };
}

// Two decimals: a page 49 bytes under its budget should not read as exactly on it.
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** One line per budget, like "full view (index.html): 44.52 kB of 45.00 kB (assets/index-x.js 44.52 kB)". */
export function describeVerdict({ budget, size }: BudgetVerdict): string {
  const files = size.files.map((file) => `${file.path} ${kB(file.gzipBytes)}`).join(', ');
  return `${budget.name}: ${kB(size.gzipBytes)} of ${kB(budget.limitBytes)} (${files})`;
}
