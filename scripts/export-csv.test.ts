// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/lib/model/schema';

const run = promisify(execFile);
const TSX = join('node_modules', 'tsx', 'dist', 'cli.mjs');
const HEADER =
  'id,date,end,approximate,actors,targets,category,mode,title,summary,figures,sources,tags,importance,note,answers,answered_by';

async function exportCsv(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, 'scripts/export-csv.ts', ...args], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * The data rows, split on CRLF. Enough here: the bundled data has no line
 * breaks inside its text, ids and dates are never quoted, and the two link
 * columns come last and hold only ids.
 */
function rows(csv: string) {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe(HEADER);
  expect(lines.at(-1)).toBe('');
  return lines.slice(1, -1).map((line) => {
    const fields = line.split(',');
    const list = (field: string) => (field === '' ? [] : field.split('; '));
    return {
      id: fields[0]!,
      date: fields[1]!,
      end: fields[2]!,
      answers: list(fields.at(-2)!),
      answeredBy: list(fields.at(-1)!),
    };
  });
}

let dataset: Dataset;
let temp: string;
beforeAll(() => {
  dataset = JSON.parse(readFileSync('data/nl-ru.json', 'utf8')) as Dataset;
  temp = mkdtempSync(join(tmpdir(), 'demarche-export-csv-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm run export:csv', () => {
  it('writes every event of the first dataset in data/ to --out, in time order, with a BOM', async () => {
    const out = join(temp, 'all.csv');
    const result = await exportCsv('--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(`wrote ${dataset.events.length} events to ${out}`);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const exported = rows(csv);
    expect(exported.map((row) => row.id).sort()).toEqual(dataset.events.map((event) => event.id).sort());
    const dates = exported.map((row) => row.date);
    expect(dates).toEqual([...dates].sort((a, b) => a.slice(0, 7).localeCompare(b.slice(0, 7))));
    const answers = exported.flatMap((row) => row.answers.map((from) => `${from}→${row.id}`));
    expect(answers.sort()).toEqual(dataset.links.map((link) => `${link.from}→${link.to}`).sort());
  });

  it('writes to stdout when no --out is given, the same bytes as to a file', async () => {
    const out = join(temp, 'same.csv');
    const [toStdout, toFile] = await Promise.all([exportCsv(), exportCsv('--out', out)]);
    expect([toStdout.code, toFile.code]).toEqual([0, 0]);
    expect(toStdout.stderr.trim()).toBe(`wrote ${dataset.events.length} events to stdout`);
    expect(toStdout.stdout).toBe(readFileSync(out, 'utf8'));
  });

  const overlaps = (from: string, to: string) => (date: string, end: string) =>
    date.slice(0, 4) <= to && (end || date).slice(0, 4) >= from;
  it.each<[string, string, (date: string, end: string) => boolean]>([
    ['a year range', '?years=2018-2020', overlaps('2018', '2020')],
    ['a single year, without the "?"', 'years=2018', overlaps('2018', '2018')],
    ['a range and evidence together', '?evidence=explicit&years=2018-2020', overlaps('2018', '2020')],
  ])('keeps only the events that pass --filter: %s', async (_, filter, passes) => {
    const result = await exportCsv('--filter', filter);
    expect(result.code).toBe(0);
    const exported = rows(result.stdout);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.length).toBeLessThan(dataset.events.length);
    for (const row of exported) expect(passes(row.date, row.end), row.id).toBe(true);
    expect(result.stderr.trim()).toBe(`wrote ${exported.length} events to stdout`);
  });

  it('fills answers and answered_by only from the links the filter lets through', async () => {
    const alleged = dataset.links.filter((link) => link.evidence === 'alleged');
    expect(alleged.length).toBeGreaterThan(0);
    const exported = rows((await exportCsv('--filter', '?evidence=alleged')).stdout);
    expect(exported).toHaveLength(dataset.events.length);
    const answers = exported.flatMap((row) => row.answers.map((from) => `${from}→${row.id}`));
    const answeredBy = exported.flatMap((row) => row.answeredBy.map((to) => `${row.id}→${to}`));
    const expected = alleged.map((link) => `${link.from}→${link.to}`).sort();
    expect(answers.sort()).toEqual(expected);
    expect(answeredBy.sort()).toEqual(expected);
  });

  it('drops links to events the filter hides', async () => {
    const exported = rows((await exportCsv('--filter', '?years=2018')).stdout);
    const ids = new Set(exported.map((row) => row.id));
    for (const row of exported) {
      for (const id of [...row.answers, ...row.answeredBy]) expect(ids.has(id), id).toBe(true);
    }
    expect(dataset.links.some((link) => ids.has(link.to) && !ids.has(link.from))).toBe(true);
  });

  it('exports a named dataset in the language the filter asks for, when the dataset has it', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/valid/minimal.json', 'utf8')) as Dataset;
    const bilingual = join(temp, 'bilingual.json');
    writeFileSync(bilingual, JSON.stringify({ ...fixture, $schema: undefined, languages: ['en', 'nl'] }));
    const dutch = await exportCsv(bilingual, '--filter', '?lang=nl');
    const english = await exportCsv(bilingual, '--filter', '?lang=de');
    expect(dutch.code).toBe(0);
    expect(dutch.stdout).toContain(',Lemurië zet een Atlantische gezant uit,');
    expect(english.stdout).toContain(',Lemuria expels an Atlantean envoy,');
    expect(rows(dutch.stdout).map((row) => row.id)).toEqual(rows(english.stdout).map((row) => row.id));
  });

  it('prints the problems of an invalid dataset like npm run validate, writes nothing and exits 1', async () => {
    const out = join(temp, 'invalid.csv');
    const result = await exportCsv('tests/fixtures/invalid/unknown-field.json', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'tests/fixtures/invalid/unknown-field.json:40:5  events[0].date  missing required field "date"',
    );
    expect(result.stderr).toContain(
      '2 problems in tests/fixtures/invalid/unknown-field.json; nothing exported',
    );
    expect(existsSync(out)).toBe(false);
  });

  it.each<[string, string[], string]>([
    [
      'a file it cannot read',
      ['tests/fixtures/does-not-exist.json'],
      'does-not-exist.json:1:1  (file)  cannot read the file',
    ],
    ['an unknown option', ['--bogus'], "Unknown option '--bogus'"],
    ['an option without its value', ['--out'], "Option '--out <value>' argument missing"],
    ['two datasets', ['data/nl-ru.json', 'data/nl-ru.json'], 'give one dataset, not 2'],
    [
      'a file it cannot write',
      ['--out', join('no-such-directory', 'x.csv')],
      'cannot write no-such-directory/x.csv',
    ],
  ])('exits 1 on %s', async (_, args, message) => {
    const result = await exportCsv(...args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});
