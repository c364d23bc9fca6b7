import { beforeAll, describe, expect, it } from 'vitest';
import { datasetToJson, subsetDataset } from './json';
import type { Dataset } from '../model/schema';
import { validateDatasetText } from '../validate/validate-dataset';
import { readProjectFile } from '../../../tests/helpers/files';

let dataset: Dataset;
beforeAll(() => {
  const result = validateDatasetText(readProjectFile('data/nl-ru.json'));
  if (!result.ok) throw new Error(`data/nl-ru.json is invalid: ${result.problems[0]?.message}`);
  dataset = result.dataset;
});

const idsWhere = (keep: (event: Dataset['events'][number]) => boolean) =>
  new Set(dataset.events.filter(keep).map((event) => event.id));

describe('subsetDataset', () => {
  it.each<[string, (event: Dataset['events'][number]) => boolean]>([
    ['the 2018 events', (event) => event.date.startsWith('2018')],
    ['the events from 2020 on', (event) => event.date >= '2020'],
    ['every event', () => true],
    ['no event', () => false],
    ['a single event', (event) => event.id === dataset.events[0]!.id],
  ])('keeps %s as a dataset that passes validation', (_, keep) => {
    const subset = subsetDataset(dataset, idsWhere(keep));
    const result = validateDatasetText(JSON.stringify(subset));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('keeps only the chosen events, in their original order', () => {
    const ids = idsWhere((event) => event.date.startsWith('2018'));
    const subset = subsetDataset(dataset, ids);
    expect(subset.events.length).toBeGreaterThan(0);
    expect(subset.events).toEqual(dataset.events.filter((event) => ids.has(event.id)));
  });

  it('keeps only links whose two ends were both kept', () => {
    const ids = idsWhere((event) => event.date.startsWith('2018'));
    const subset = subsetDataset(dataset, ids);
    const between = dataset.links.filter((link) => ids.has(link.from) && ids.has(link.to));
    expect(subset.links).toEqual(between);
    expect(between.length).toBeGreaterThan(0);
    expect(dataset.links.some((link) => ids.has(link.from) !== ids.has(link.to))).toBe(true);
  });

  it('keeps the actors the kept events name, and the two parties always', () => {
    const ids = idsWhere((event) => event.date.startsWith('2018'));
    const subset = subsetDataset(dataset, ids);
    const named = new Set(subset.events.flatMap((event) => [...event.actors, ...(event.targets ?? [])]));
    expect(subset.actors.map((actor) => actor.id)).toEqual(
      dataset.actors.map((actor) => actor.id).filter((id) => named.has(id) || dataset.parties.includes(id)),
    );
    expect(subset.actors.length).toBeLessThan(dataset.actors.length);
    expect(subsetDataset(dataset, new Set()).actors.map((actor) => actor.id)).toEqual([...dataset.parties]);
  });

  it('keeps $schema and the metadata, in the same key order', () => {
    const subset = subsetDataset(dataset, new Set());
    expect(Object.keys(subset)).toEqual(Object.keys(dataset));
    const { actors, events, links } = dataset;
    expect({ ...subset, actors, events, links }).toEqual(dataset);
    expect(subset.$schema).toBe('./schema.json');
  });

  it('ignores ids that are not in the dataset', () => {
    expect(subsetDataset(dataset, new Set(['no-such-event'])).events).toEqual([]);
  });

  it('does not change the dataset it was given', () => {
    const before = structuredClone(dataset);
    subsetDataset(
      dataset,
      idsWhere((event) => event.date.startsWith('2018')),
    );
    expect(dataset).toEqual(before);
  });
});

describe('datasetToJson', () => {
  it('writes 2-space indented JSON with a final newline', () => {
    const text = datasetToJson(subsetDataset(dataset, new Set()));
    expect(text).toMatch(/^\{\n {2}"\$schema": "\.\/schema\.json",\n {2}"id": "nl-ru",\n/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('writes a file that reads back as the same valid dataset', () => {
    const subset = subsetDataset(
      dataset,
      idsWhere((event) => event.date.startsWith('2018')),
    );
    const result = validateDatasetText(datasetToJson(subset));
    expect(result.ok && result.dataset).toEqual(subset);
  });
});
