import { describe, expect, it } from 'vitest';
import { datasetOptions, datasetPath } from '../../bench/datasets';

describe('datasetOptions', () => {
  it.each([
    { events: 100, actors: 3 },
    { events: 1_000, actors: 4 },
    { events: 10_000, actors: 5 },
    { events: 50_000, actors: 6 },
    { events: 2, actors: 3 },
  ])('gives $events events $actors actors and about one link per four events', ({ events, actors }) => {
    expect(datasetOptions(events)).toMatchObject({ events, actors, linkRatio: 0.25 });
  });

  it('gives each size its own fixed seed, so a size always makes the same file', () => {
    expect(datasetOptions(1_000).seed).toBe(datasetOptions(1_000).seed);
    expect(datasetOptions(1_000).seed).not.toBe(datasetOptions(10_000).seed);
  });
});

describe('datasetPath', () => {
  it('names the file after its size, under bench-data/', () => {
    expect(datasetPath(10_000)).toBe('bench-data/synthetic-10000.json');
  });
});
