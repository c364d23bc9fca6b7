/**
 * Link geometry: a quadratic curve from a trigger mark to its response,
 * bowed to the left of the direction of travel. Time runs left to right, so
 * links within a lane bow upwards and every arc bows the same way; the
 * arrowhead sits at the response.
 */
export interface Point {
  x: number;
  y: number;
}

export interface ArcGeometry {
  /** SVG path data; empty when an end is not a finite point. */
  d: string;
  /** The curve's midpoint, where the lag label goes. */
  mid: Point;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Moves `point` by `distance` towards `target`. */
function pullTowards(point: Point, target: Point, distance: number): Point {
  const length = Math.hypot(target.x - point.x, target.y - point.y);
  if (length === 0 || distance === 0) return point;
  const t = Math.min(distance, length / 2) / length;
  return { x: point.x + (target.x - point.x) * t, y: point.y + (target.y - point.y) * t };
}

/**
 * `trim` shortens both ends along the curve's tangent, so the line stops at
 * the edge of a mark instead of under it and the arrowhead stays visible.
 */
export function arcGeometry(from: Point, to: Point, maxBow = 60, trim = 0): ArcGeometry {
  if (![from.x, from.y, to.x, to.y].every(Number.isFinite)) return { d: '', mid: { x: NaN, y: NaN } };
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { d: '', mid: { ...from } };
  const bow = Math.min(maxBow, Math.max(8, length * 0.35));
  // Left-hand normal of the direction of travel, in screen coordinates (y down).
  const nx = dy / length;
  const ny = -dx / length;
  const control = { x: from.x + dx / 2 + nx * bow, y: from.y + dy / 2 + ny * bow };
  // A quadratic Bézier's point at t = 0.5 lies halfway between the chord's midpoint and the control point.
  const mid = {
    x: round((from.x + 2 * control.x + to.x) / 4),
    y: round((from.y + 2 * control.y + to.y) / 4),
  };
  const start = pullTowards(from, control, trim);
  const end = pullTowards(to, control, trim);
  return {
    d: `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`,
    mid,
  };
}
