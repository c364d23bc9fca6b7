/**
 * The synthetic datasets the benchmark opens: the same size always gives the
 * same file, so numbers from different days compare like with like.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticDataset, type SyntheticOptions } from '../scripts/synthetic-dataset';

export const DATA_DIR = 'bench-data';
const SEED = 20_260_101;

/** 3 actors for 100 events, 4 for 1,000, 5 for 10,000, 6 for 50,000; about one link per four events. */
export function datasetOptions(events: number): Required<SyntheticOptions> {
  const actors = Math.min(6, Math.max(3, Math.round(Math.log10(events)) + 1));
  return { events, actors, seed: SEED + events, linkRatio: 0.25 };
}

export const datasetPath = (events: number): string => `${DATA_DIR}/synthetic-${events}.json`;

export interface WrittenDataset {
  /** Relative to the served directory. */
  path: string;
  links: number;
}

/** Writes one file per size under `servedDir`. */
export function writeDatasets(servedDir: string, sizes: readonly number[]): Map<number, WrittenDataset> {
  mkdirSync(join(servedDir, DATA_DIR), { recursive: true });
  return new Map(
    sizes.map((events) => {
      const path = datasetPath(events);
      const dataset = syntheticDataset(datasetOptions(events));
      writeFileSync(join(servedDir, path), JSON.stringify(dataset));
      return [events, { path, links: dataset.links.length }];
    }),
  );
}
