/**
 * One zoom frame's layout of what is in view, from the mark bases worked out
 * once per dataset: only x is mapped through the scale, count marks are
 * formed before any mark object is made, and only marks drawn on their own
 * are built. Pure: no DOM, no Svelte.
 */
import { DEFAULT_METRICS, markCentre, placeMark, type MarkBase, type MarkLayout } from './chart-layout';
import { clusterByCell, type Cluster, type ClusterOptions } from './clusters';
import type { TimeScale } from './time-scale';

/** What became of each event in this frame, by its index. */
export const InViewStatus = {
  /** Outside the window (and its margin). */
  away: 0,
  /** In the window, but without a mark (no lane or no date). */
  unplaced: 1,
  /** Drawn as its own mark. */
  mark: 2,
  /** Counted in a count mark. */
  clustered: 3,
} as const;

export interface InView {
  /** Marks drawn on their own, in the order of the indexes, without labels. */
  marks: MarkLayout[];
  clusters: Cluster<MarkBase>[];
  /** InViewStatus of every event, by its index among the bases. */
  status: Uint8Array;
}

export function layoutInView(
  bases: readonly (MarkBase | undefined)[],
  indexes: readonly number[],
  scale: TimeScale,
  {
    radius = DEFAULT_METRICS.markRadius,
    canZoomIn = true,
    ...clusterOptions
  }: ClusterOptions & {
    radius?: number;
    /**
     * False at the deepest zoom. A count mark opens by zooming in, so where that is no longer possible
     * (events of one actor dated to the same year, say) none is made: every event is drawn on its own,
     * and crowded ones overlap, each still a mark to click or focus.
     */
    canZoomIn?: boolean;
  },
): InView {
  const status = new Uint8Array(bases.length);
  const placed: MarkBase[] = [];
  const xs: number[] = [];
  for (const i of indexes) {
    const base = bases[i];
    status[i] = InViewStatus.unplaced;
    if (!base) continue;
    placed.push(base);
    xs.push(markCentre(base, scale, radius));
  }
  const { singles, clusters } = clusterByCell(
    placed,
    xs,
    canZoomIn ? clusterOptions : { ...clusterOptions, threshold: Number.POSITIVE_INFINITY },
  );
  for (const cluster of clusters) {
    for (const member of cluster.members) status[member.index] = InViewStatus.clustered;
  }
  const marks = singles.map((j) => {
    status[placed[j]!.index] = InViewStatus.mark;
    return placeMark(placed[j]!, scale, radius);
  });
  return { marks, clusters, status };
}
