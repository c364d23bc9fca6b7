import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  it.each<[Parameters<typeof exportFileName>, string]>([
    [['nl-ru', 'events', 'csv', true], 'nl-ru-events-filtered.csv'],
    [['nl-ru', 'events', 'csv', false], 'nl-ru-events.csv'],
    [['nl-ru', 'dataset', 'json', false], 'nl-ru-dataset.json'],
    [['nl-ru', 'dataset', 'json', true], 'nl-ru-dataset-filtered.json'],
    [['nl-ru', 'view', 'png', false], 'nl-ru-view.png'],
    [['nl-ru', 'view', 'svg', true], 'nl-ru-view-filtered.svg'],
    [['NL RU', 'events', 'csv', false], 'nl-ru-events.csv'],
    [['België–Rusland', 'events', 'csv', false], 'belgie-rusland-events.csv'],
    [['../../etc/passwd', 'dataset', 'json', false], 'etc-passwd-dataset.json'],
    [['a.csv.exe', 'events', 'csv', false], 'a-csv-exe-events.csv'],
    [['--nl__ru--', 'view', 'png', false], 'nl-ru-view.png'],
    [['Россия', 'events', 'csv', false], 'demarche-events.csv'],
    [['', 'events', 'csv', true], 'demarche-events-filtered.csv'],
  ])('exportFileName(%j) is %s', (args, expected) => {
    expect(exportFileName(...args)).toBe(expected);
  });

  it('keeps only lowercase letters, digits and single hyphens in the stem', () => {
    const name = exportFileName('  Ünïcödé / Names: 2024 (draft)  ', 'events', 'csv', true);
    expect(name).toBe('unicode-names-2024-draft-events-filtered.csv');
    expect(name.replace(/\.csv$/, '')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
