/**
 * Label collision: labels are placed in order of priority (importance, then
 * time) and a label is kept only where it overlaps no label already kept in
 * the same row. Zooming in spreads marks apart, so hidden labels come back.
 */
export interface LabelCandidate {
  id: string;
  /** Row key: labels collide only within the same row. */
  row: string;
  x: number;
  width: number;
  priority: number;
}

export interface Obstacle {
  row: string;
  x0: number;
  x1: number;
}

export interface PlaceOptions {
  gap?: number;
  /** Labels must lie wholly within [minX, maxX]. */
  minX?: number;
  maxX?: number;
  /** Boxes labels may not cover, such as the marks themselves. */
  obstacles?: readonly Obstacle[];
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  { gap = 6, minX = -Infinity, maxX = Infinity, obstacles = [] }: PlaceOptions = {},
): Set<string> {
  const byPriority = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
  const placed = new Map<string, { x0: number; x1: number }[]>();
  const blocked = new Map<string, Obstacle[]>();
  for (const obstacle of obstacles) {
    const row = blocked.get(obstacle.row) ?? [];
    row.push(obstacle);
    blocked.set(obstacle.row, row);
  }
  const shown = new Set<string>();
  for (const label of byPriority) {
    const x0 = label.x;
    const x1 = label.x + label.width;
    if (x0 < minX || x1 > maxX) continue;
    const row = placed.get(label.row) ?? [];
    if (row.some((other) => x0 < other.x1 + gap && other.x0 < x1 + gap)) continue;
    if (blocked.get(label.row)?.some((box) => x0 < box.x1 && box.x0 < x1)) continue;
    row.push({ x0, x1 });
    placed.set(label.row, row);
    shown.add(label.id);
  }
  return shown;
}

/** Shortens text to about maxChars, at a word boundary where one is near, with an ellipsis. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
