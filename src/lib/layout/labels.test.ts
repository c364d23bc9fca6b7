import { describe, expect, it } from 'vitest';
import { placeLabels, shorten } from './labels';

const label = (id: string, x: number, width: number, priority: number, row = 'r') => ({
  id,
  row,
  x,
  width,
  priority,
});

describe('placeLabels', () => {
  it('keeps the more important of two overlapping labels', () => {
    expect([...placeLabels([label('minor', 0, 100, 1), label('major', 50, 100, 5)])]).toEqual(['major']);
  });

  it('keeps labels that do not overlap, and labels in different rows', () => {
    const shown = placeLabels([label('a', 0, 40, 1), label('b', 100, 40, 1), label('c', 10, 40, 1, 'other')]);
    expect([...shown].sort()).toEqual(['a', 'b', 'c']);
  });

  it('breaks ties by time, earliest first', () => {
    expect([...placeLabels([label('late', 30, 50, 3), label('early', 0, 50, 3)])]).toEqual(['early']);
  });

  it('brings a hidden label back when zooming in spreads the marks apart', () => {
    const zoomedOut = [label('a', 0, 80, 2), label('b', 40, 80, 1)];
    const zoomedIn = [label('a', 0, 80, 2), label('b', 400, 80, 1)];
    expect(placeLabels(zoomedOut).has('b')).toBe(false);
    expect(placeLabels(zoomedIn).has('b')).toBe(true);
  });

  it('skips labels outside the visible range', () => {
    const shown = placeLabels(
      [label('off', -500, 100, 5), label('cut', 950, 100, 5), label('on', 10, 100, 1)],
      {
        minX: 0,
        maxX: 1000,
      },
    );
    expect([...shown]).toEqual(['on']);
  });

  it('does not cover an obstacle such as another mark in the row', () => {
    const shown = placeLabels([label('a', 0, 100, 5), label('b', 200, 100, 1)], {
      obstacles: [{ row: 'r', x0: 60, x1: 72 }],
    });
    expect([...shown]).toEqual(['b']);
  });
});

describe('shorten', () => {
  it.each([
    ['Short title', 20, 'Short title'],
    ['Netherlands expels two Russian diplomats it says were SVR officers', 30, 'Netherlands expels two…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
  ])('%j at %i → %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });
});
