/**
 * Bundle budgets (issue #6): the JavaScript a reader downloads before the
 * timeline can draw, gzipped with zlib's default level, in kB of 1,000 bytes.
 */
import type { BundleSize } from './bundle-size';

export interface Budget {
  name: string;
  /** The most this build may weigh; CI fails above it. */
  limitBytes: number;
  /** The target, when the limit is not yet down to it. */
  targetBytes?: number;
}

export const BUDGETS = {
  app: { name: 'full view (index.html)', limitBytes: 45_000 },
  // The embed is one file that can fetch nothing, so everything it can show is inside: the target of 40 kB is
  // not reached yet (see bench/README.md). The limit stops it growing while the work goes on.
  embed: { name: 'embed (embed.html)', limitBytes: 46_000, targetBytes: 40_000 },
} as const satisfies Record<string, Budget>;

export interface BudgetVerdict {
  budget: Budget;
  size: BundleSize;
  withinLimit: boolean;
  meetsTarget: boolean;
}

export function judge(budget: Budget, size: BundleSize): BudgetVerdict {
  const withinLimit = size.gzipBytes <= budget.limitBytes;
  return {
    budget,
    size,
    withinLimit,
    meetsTarget: size.gzipBytes <= (budget.targetBytes ?? budget.limitBytes),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** One line per budget, like "full view (index.html): 44.5 kB of 45.0 kB (assets/index-x.js 44.5 kB)". */
export function describeVerdict({ budget, size, meetsTarget }: BudgetVerdict): string {
  const files = size.files.map((file) => `${file.path} ${kB(file.gzipBytes)}`).join(', ');
  const target =
    budget.targetBytes === undefined
      ? ''
      : meetsTarget
        ? `; meets the target of ${kB(budget.targetBytes)}`
        : `; target ${kB(budget.targetBytes)}, not met yet`;
  return `${budget.name}: ${kB(size.gzipBytes)} of ${kB(budget.limitBytes)}${target} (${files})`;
}
