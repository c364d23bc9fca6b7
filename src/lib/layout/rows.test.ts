import { describe, expect, it } from 'vitest';
import { assignRows, stackRows } from './rows';

const span = (id: string, x0: number, x1: number) => ({ id, x0, x1 });

describe('assignRows', () => {
  it('keeps marks that do not touch on the first row', () => {
    const rows = assignRows([span('a', 0, 10), span('b', 20, 30), span('c', 40, 50)], 3);
    expect([...rows.values()]).toEqual([0, 0, 0]);
  });

  it('puts overlapping marks in separate rows, reusing a row once it is free', () => {
    const rows = assignRows([span('a', 0, 10), span('b', 5, 15), span('c', 8, 20), span('d', 13, 25)], 3);
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });

  it('never uses more rows than allowed; extra marks go to the row that frees up first', () => {
    const rows = assignRows([span('a', 0, 100), span('b', 1, 10), span('c', 2, 50)], 2);
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 1, c: 1 });
  });

  it('does not depend on input order', () => {
    const input = [span('c', 8, 20), span('a', 0, 10), span('b', 5, 15)];
    expect(Object.fromEntries(assignRows(input, 3))).toEqual({ a: 0, b: 1, c: 2 });
  });
});

describe('stackRows', () => {
  it('hands each span its row, the same as assignRows, and returns how many rows they take', () => {
    const input = [span('c', 8, 20), span('a', 0, 10), span('b', 5, 15), span('d', 30, 40)];
    const placed: Record<string, number> = {};
    const count = stackRows(input, 3, 2, (s, row) => (placed[s.id] = row));
    expect(placed).toEqual(Object.fromEntries(assignRows(input, 3)));
    expect(count).toBe(3);
  });

  it('counts no rows for no spans', () => {
    expect(stackRows([], 3, 2, () => {})).toBe(0);
  });
});
