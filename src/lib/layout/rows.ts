/**
 * Stacks marks within a lane so that none covers another: each goes to the
 * first row where it fits. Past the row limit, marks share the row that frees
 * up first (they overlap rather than grow the lane without end).
 */
export interface Span {
  id: string;
  x0: number;
  x1: number;
}

export function assignRows<T extends Span>(
  spans: readonly T[],
  maxRows: number,
  gap = 2,
): Map<string, number> {
  const rows = new Map<string, number>();
  stackRows(spans, maxRows, gap, (span, row) => rows.set(span.id, row));
  return rows;
}

/**
 * assignRows, handing each span's row to `place` instead of a map by id, so that a chart can keep rows
 * by event position; returns how many rows the spans take.
 */
export function stackRows<T extends Span>(
  spans: readonly T[],
  maxRows: number,
  gap: number,
  place: (span: T, row: number) => void,
): number {
  const sorted = [...spans].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  const rowEnds: number[] = [];
  // Plain loops over the few rows, not findIndex and Math.min(...): this runs for every event at load.
  for (const span of sorted) {
    let row = -1;
    let earliest = 0;
    for (let r = 0; r < rowEnds.length; r++) {
      if (row < 0 && rowEnds[r]! + gap <= span.x0) row = r;
      if (rowEnds[r]! < rowEnds[earliest]!) earliest = r;
    }
    if (row < 0) row = rowEnds.length < maxRows ? rowEnds.length : earliest;
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, span.x1);
    place(span, row);
  }
  return rowEnds.length;
}
