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
  const sorted = [...spans].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const span of sorted) {
    let row = rowEnds.findIndex((end) => end + gap <= span.x0);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, span.x1);
    rows.set(span.id, row);
  }
  return rows;
}
