/**
 * Level of detail: where more marks fall into one small cell of a lane than a
 * reader can tell apart, they are drawn as one count mark, which opens up as
 * the reader zooms in. Nothing is lost: every event is still in the list
 * view, reachable by keyboard, and drawn on its own once zoomed in.
 */
export interface Placed {
  id: string;
  laneId: string;
  x: number;
  y: number;
}

export interface Cluster<T extends Placed = Placed> {
  key: string;
  laneId: string;
  x: number;
  y: number;
  members: T[];
}

export interface ClusterOptions {
  /** Cell width in pixels. */
  cell?: number;
  /** More marks than this in one cell of a lane become a cluster. */
  threshold?: number;
  /** Vertical centre of each lane, where its clusters sit. */
  laneCentre: (laneId: string) => number;
}

export function clusterMarks<T extends Placed>(
  marks: readonly T[],
  { cell = 22, threshold = 6, laneCentre }: ClusterOptions,
): { singles: T[]; clusters: Cluster<T>[] } {
  const cells = new Map<string, T[]>();
  for (const mark of marks) {
    const key = `${mark.laneId}|${Math.floor(mark.x / cell)}`;
    const group = cells.get(key);
    if (group) group.push(mark);
    else cells.set(key, [mark]);
  }
  const singles: T[] = [];
  const clusters: Cluster<T>[] = [];
  for (const [key, members] of cells) {
    if (members.length <= threshold) {
      singles.push(...members);
      continue;
    }
    const x = members.reduce((sum, mark) => sum + mark.x, 0) / members.length;
    clusters.push({ key, laneId: members[0]!.laneId, x, y: laneCentre(members[0]!.laneId), members });
  }
  return { singles, clusters };
}
