import { describe, expect, it } from 'vitest';
import { chainOf } from './chain';

const links = [
  { from: 'a', to: 'b' },
  { from: 'b', to: 'c' },
  { from: 'c', to: 'd' },
  { from: 'x', to: 'c' },
  { from: 'y', to: 'z' },
];

describe('chainOf', () => {
  it.each([
    { id: 'b', causes: ['a'], consequences: ['c', 'd'], links: [0, 1, 2] },
    { id: 'c', causes: ['a', 'b', 'x'], consequences: ['d'], links: [0, 1, 2, 3] },
    { id: 'a', causes: [], consequences: ['b', 'c', 'd'], links: [0, 1, 2] },
    { id: 'z', causes: ['y'], consequences: [], links: [4] },
    { id: 'lonely', causes: [], consequences: [], links: [] },
  ])('follows links both ways from $id', ({ id, causes, consequences, links: expectedLinks }) => {
    const chain = chainOf(id, links);
    expect([...chain.causes].sort()).toEqual(causes);
    expect([...chain.consequences].sort()).toEqual(consequences);
    expect([...chain.links].sort()).toEqual(expectedLinks);
  });

  it('stops on cycles', () => {
    const chain = chainOf('a', [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
    ]);
    expect([...chain.consequences]).toEqual(['b']);
    expect([...chain.causes]).toEqual(['b']);
  });
});
