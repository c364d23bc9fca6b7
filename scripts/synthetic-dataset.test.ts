import { describe, expect, it } from 'vitest';
import { syntheticDataset } from './synthetic-dataset';
import { validateDatasetText } from '../src/lib/validate/validate-dataset';

describe('syntheticDataset', () => {
  it('gives the same dataset for the same seed', () => {
    expect(syntheticDataset({ events: 200, seed: 7 })).toEqual(syntheticDataset({ events: 200, seed: 7 }));
    expect(syntheticDataset({ events: 200, seed: 7 })).not.toEqual(
      syntheticDataset({ events: 200, seed: 8 }),
    );
  });

  it('is valid, with about one link per four events', () => {
    const dataset = syntheticDataset({ events: 1000, actors: 5 });
    const result = validateDatasetText(JSON.stringify(dataset, null, 2));
    if (!result.ok)
      throw new Error(
        result.problems
          .slice(0, 3)
          .map((p) => p.message)
          .join('\n'),
      );
    expect(dataset.links.length).toBeGreaterThan(200);
    expect(dataset.links.length).toBeLessThanOrEqual(250);
  });
});
