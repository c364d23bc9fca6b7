// The bundled dataset is journalism: these are the facts a test must hold it to.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDatasetText } from '../../src/lib/validate/validate-dataset';
import type { Dataset, Link } from '../../src/lib/model/schema';
import { readProjectFile } from '../helpers/files';

let dataset: Dataset;
beforeAll(() => {
  const result = validateDatasetText(readProjectFile('data/nl-ru.json'));
  if (!result.ok) throw new Error(`data/nl-ru.json is invalid: ${result.problems[0]?.message}`);
  dataset = result.dataset;
});

const event = (id: string) => {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const link = (from: string, to: string): Link | undefined =>
  dataset.links.find((l) => l.from === from && l.to === to);

describe('the Netherlands–Russia dataset', () => {
  it('has at least 60 events from 2013 to 2025 and at least 25 links', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(60);
    expect(dataset.links.length).toBeGreaterThanOrEqual(25);
    for (const e of dataset.events) expect(Number(e.date.slice(0, 4))).toBeGreaterThanOrEqual(2013);
    for (const e of dataset.events) expect(Number(e.date.slice(0, 4))).toBeLessThanOrEqual(2025);
  });

  it('sources every event', () => {
    for (const e of dataset.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });

  it.each([
    ['2014-07-17-mh17-shot-down', '2014-07-17'],
    ['2018-04-13-gru-opcw-hack-disrupted', '2018-04-13'],
    ['2018-10-04-nl-exposes-gru-opcw-operation', '2018-10-04'],
    ['2020-12-10-aivd-exposes-two-svr-officers', '2020-12-10'],
    ['2021-01-18-russia-expels-two-dutch-diplomats', '2021-01-18'],
    ['2018-03-26-nl-expels-two-russian-diplomats-skripal', '2018-03-26'],
    ['2018-03-30-russia-expels-two-dutch-diplomats', '2018-03-30'],
    ['2022-03-29-nl-expels-17-russian-intelligence-officers', '2022-03-29'],
    ['2022-04-19-russia-expels-15-dutch-staff', '2022-04-19'],
    ['2020-08-17-russia-protests-tracking-device', '2020-08-17'],
    ['2025-05-12-icao-council-rules-russia-responsible', '2025-05-12'],
  ])('dates %s on %s', (id, date) => {
    expect(event(id).date).toBe(date);
  });

  it('counts 298 dead on MH17', () => {
    expect(event('2014-07-17-mh17-shot-down').figures?.deaths).toBe(298);
  });

  it.each([
    ['2020-12-10-aivd-exposes-two-svr-officers', '2021-01-18-russia-expels-two-dutch-diplomats'],
    ['2018-03-26-nl-expels-two-russian-diplomats-skripal', '2018-03-30-russia-expels-two-dutch-diplomats'],
    ['2022-03-29-nl-expels-17-russian-intelligence-officers', '2022-04-19-russia-expels-15-dutch-staff'],
  ])('links the expulsion %s to the reply %s as explicit tit-for-tat', (from, to) => {
    expect(link(from, to)).toMatchObject({
      evidence: 'explicit',
      kind: expect.stringMatching(/^(reciprocal|retaliation)$/),
    });
  });

  it('marks the Borodin arrest → Elderenbosch assault link as alleged, and blames no state for the assault', () => {
    expect(
      link('2013-10-05-borodin-detained-the-hague', '2013-10-15-elderenbosch-assaulted-moscow')?.evidence,
    ).toBe('alleged');
    expect(event('2013-10-15-elderenbosch-assaulted-moscow').actors).not.toContain('ru');
  });

  it('does not link the tracker claim to the ECtHR filing', () => {
    const tracker = '2020-08-17-russia-protests-tracking-device';
    expect(dataset.links.filter((l) => l.to === tracker || l.from === tracker)).toEqual([]);
  });

  it('invents no Russian closure of the Dutch consulate in 2023', () => {
    const closures = dataset.events.filter(
      (e) =>
        e.actors.includes('ru') && e.date.startsWith('2023') && /consulate/i.test(JSON.stringify(e.title)),
    );
    expect(closures).toEqual([]);
  });
});
