import { describe, expect, it } from 'vitest';
import { drawnLinkIndexes, linkEndIndexes } from './drawn-links';
import { InViewStatus } from './in-view';

const { away, unplaced, mark, clustered } = InViewStatus;
const link = (from: string, to: string) => ({ from, to });
const indexOf = new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, i]));

describe('linkEndIndexes', () => {
  it('finds the index of both ends, and −1 for an end that is not an event', () => {
    const ends = linkEndIndexes([link('a', 'c'), link('e', 'nowhere')], indexOf);
    expect([...ends.from]).toEqual([0, 4]);
    expect([...ends.to]).toEqual([2, -1]);
  });
});

describe('drawnLinkIndexes', () => {
  const links = [link('a', 'b'), link('b', 'c'), link('c', 'd'), link('d', 'e'), link('a', 'e')];
  const ends = linkEndIndexes(links, indexOf);

  it.each([
    { case: 'both ends drawn', status: [mark, mark, away, away, away], expected: [0, 1, 4] },
    { case: 'one end on screen, the other away', status: [away, away, away, mark, away], expected: [2, 3] },
    { case: 'an end in view without a mark', status: [unplaced, away, away, away, away], expected: [0, 4] },
    { case: 'an end in a count mark', status: [mark, clustered, mark, away, away], expected: [2, 4] },
    { case: 'nothing in view', status: [away, away, away, away, away], expected: [] },
  ])('draws the links with an end in view and none in a count mark: $case', ({ status, expected }) => {
    expect(drawnLinkIndexes(ends, Uint8Array.from(status), 10)).toEqual(expected);
  });

  it('keeps at most max, links between drawn marks first, otherwise in order', () => {
    const status = Uint8Array.from([unplaced, mark, mark, unplaced, unplaced]);
    // Links 0 and 2 have one drawn end, link 1 two; 3 and 4 none.
    expect(drawnLinkIndexes(ends, status, 2)).toEqual([1, 0]);
    expect(drawnLinkIndexes(ends, status, 3)).toEqual([1, 0, 2]);
  });

  it('treats a link with a missing end as touching only through its other end', () => {
    const dangling = linkEndIndexes([link('a', 'ghost')], indexOf);
    expect(drawnLinkIndexes(dangling, Uint8Array.from([mark, away, away, away, away]), 10)).toEqual([0]);
    expect(drawnLinkIndexes(dangling, Uint8Array.from([away, away, away, away, away]), 10)).toEqual([]);
  });
});
