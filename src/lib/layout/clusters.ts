/**
 * Level of detail: where more marks fall into one small cell of a lane than a
 * reader can tell apart, they are drawn as one count mark, which opens up as
 * the reader zooms in. Nothing is lost: every event is still in the list
 * view, reachable by keyboard, and drawn on its own once zoomed in.
 */
export interface Member {
  id: string;
  laneId: string;
}

export interface Placed extends Member {
  x: number;
  y: number;
}

export interface Cluster<T extends Member = Placed> {
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
  /**
   * Where cells start, in pixels. Given the x of the timeline's start, cells move with the dates, so
   * panning slides the count marks along instead of regrouping them at every step.
   */
  origin?: number;
}

/**
 * Groups items by cell, their x given apart in the same order (so items need not be placed first).
 * Returns the indexes of the items left on their own, in input order, and the count marks.
 */
export function clusterByCell<T extends Member>(
  items: readonly T[],
  xs: ArrayLike<number>,
  { cell = 22, threshold = 6, laneCentre, origin = 0 }: ClusterOptions,
): { singles: number[]; clusters: Cluster<T>[] } {
  // Cells are keyed by a number, cell × lanes + lane: cheaper than a string on every zoom frame. A chart has
  // a handful of lanes, found faster in a list than by hashing each item's lane id.
  const laneIds: string[] = [];
  const slots = items.map((item) => {
    let slot = laneIds.indexOf(item.laneId);
    if (slot < 0) slot = laneIds.push(item.laneId) - 1;
    return slot;
  });
  const lanes = Math.max(1, laneIds.length);
  const cells = new Map<number, number[]>();
  slots.forEach((slot, i) => {
    const key = Math.floor((xs[i]! - origin) / cell) * lanes + slot;
    const group = cells.get(key);
    if (group) group.push(i);
    else cells.set(key, [i]);
  });
  const clustered = new Uint8Array(items.length);
  const clusters: Cluster<T>[] = [];
  for (const [key, group] of cells) {
    if (group.length <= threshold) continue;
    let sum = 0;
    for (const i of group) {
      sum += xs[i]!;
      clustered[i] = 1;
    }
    const laneId = items[group[0]!]!.laneId;
    const cellIndex = (key - slots[group[0]!]!) / lanes;
    clusters.push({
      key: `${laneId}|${cellIndex}`,
      laneId,
      x: sum / group.length,
      y: laneCentre(laneId),
      members: group.map((i) => items[i]!),
    });
  }
  const singles: number[] = [];
  for (let i = 0; i < items.length; i++) if (!clustered[i]) singles.push(i);
  return { singles, clusters };
}

export function clusterMarks<T extends Placed>(
  marks: readonly T[],
  options: ClusterOptions,
): { singles: T[]; clusters: Cluster<T>[] } {
  const { singles, clusters } = clusterByCell(
    marks,
    marks.map((mark) => mark.x),
    options,
  );
  return { singles: singles.map((i) => marks[i]!), clusters };
}
