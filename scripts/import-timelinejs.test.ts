// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = resolve('node_modules', 'tsx', 'dist', 'cli.mjs');
const SCRIPT = resolve('scripts', 'import-timelinejs.ts');
const PRETTIER = resolve('node_modules', 'prettier', 'bin', 'prettier.cjs');
const CSV = resolve('tests/fixtures/timelinejs/atlantis-lemuria.csv');
const JSON_FILE = resolve('tests/fixtures/timelinejs/atlantis-lemuria.json');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'demarche-import-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in `cwd` (the temp directory unless told), never touching data/. */
async function importTimeline(args: string[], { cwd = dir, env = {} as Record<string, string> } = {}) {
  // Without npm's own variables, so the test does not depend on how vitest was started.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, SCRIPT, ...args], {
      cwd,
      env: { ...clean, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run import:timelinejs', () => {
  it('writes the dataset as 2-space JSON, says what it could not map and what to fill in, and exits 2', async () => {
    const result = await importTimeline([CSV, '--out', 'sheet.json']);

    expect(result.code).toBe(2);
    const text = readFileSync(join(dir, 'sheet.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "id": "atlantis-lemuria",\n');
    expect(text).toContain('"languages": ["en"]');
    // Laid out as Prettier would, so `npm run lint` passes on an imported file.
    const check = run(process.execPath, [
      PRETTIER,
      '--check',
      '--config',
      '.prettierrc.json',
      join(dir, 'sheet.json'),
    ]);
    await expect(check).resolves.toBeTruthy();
    expect(JSON.parse(text)).toMatchObject({ $schema: './schema.json', parties: ['atlantis', 'lemuria'] });

    expect(result.stdout).toContain(`Wrote sheet.json from ${CSV}: 6 events, 3 actors.`);
    expect(result.stdout).toContain('What the import could not map, or had to guess:');
    expect(result.stdout).toContain(
      '  - Not imported: 1 era, which demarche does not have: "The frosty years"',
    );
    expect(result.stdout).toContain('"A date nobody wrote down properly" (row 11)');
  });

  it('groups what is missing into a to-do list naming the fields, then shows the exact problems', async () => {
    const out = 'timeline.json';
    const { stdout } = await importTimeline([JSON_FILE, '--out', out]);

    expect(stdout).toContain('Still to fill in before it is valid (17 problems):');
    expect(stdout).toContain(
      '  - The dataset needs "license": add "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}',
    );
    expect(stdout).toMatch(
      /- 8 events need a category \(events\[0\]\.category, events\[1\]\.category, …\): add "category": \{"type": "…"\}, with one of AGREE, CONSULT, .*ASSAULT/,
    );
    expect(stdout).toContain(
      '  - 7 events have no source (events[1].sources, events[2].sources, …): add "sources": [',
    );
    expect(stdout).toContain('  - 1 event needs an actor (events[7].actors): add "actors": ["<actor id>"]');

    expect(stdout).toContain('The first problems, as npm run validate reports them:');
    expect(stdout).toContain(`  ${out}:1:1  license  missing required field "license"`);
    expect(stdout).toMatch(
      /\n {2}timeline\.json:\d+:\d+ {2}events\[0\]\.category {2}missing required field "category"/,
    );
    expect(stdout).toContain('  … and 12 more');
    expect(stdout).toContain(`Then run npm run validate ${out}`);
  });

  it('refuses to overwrite an existing file, leaves it as it was, and exits 1', async () => {
    const out = join(dir, 'taken.json');
    writeFileSync(out, 'keep me\n');
    const result = await importTimeline([CSV, '--out', out]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'taken.json already exists, so nothing was written. Add --force to replace it',
    );
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
  });

  it('overwrites an existing file with --force', async () => {
    const out = join(dir, 'taken.json');
    writeFileSync(out, 'replace me\n');
    const result = await importTimeline([CSV, '--out', out, '--force']);

    expect(result.code).toBe(2);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('id', 'atlantis-lemuria');
  });

  it('writes data/<id>.json by default, with the id from --id or from the file name', async () => {
    const named = await importTimeline([CSV, '--id', 'atlantis-sheet']);
    expect(named.code).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'data', 'atlantis-sheet.json'), 'utf8'))).toHaveProperty(
      'id',
      'atlantis-sheet',
    );
    expect(named.stdout).toContain('Then run npm run validate data/atlantis-sheet.json');

    const unnamed = await importTimeline([JSON_FILE]);
    expect(unnamed.code).toBe(2);
    expect(existsSync(join(dir, 'data', 'atlantis-lemuria.json'))).toBe(true);
  });

  it.each([
    { name: 'a file that does not exist', args: ['missing.csv'], message: 'cannot read missing.csv' },
    {
      name: 'a file of another format',
      args: ['timeline.xlsx'],
      message: 'cannot tell the format from ".xlsx"',
    },
    { name: 'no file', args: [], message: 'give exactly one TimelineJS file (got 0)' },
    { name: 'an unknown option', args: [CSV, '--ouput', 'x.json'], message: "Unknown option '--ouput'" },
    {
      name: 'an id that is not a slug',
      args: [CSV, '--id', 'Not A Slug'],
      message: '"Not A Slug" cannot be a dataset id',
    },
  ])('exits 1 and writes nothing for $name', async ({ args, message }) => {
    const result = await importTimeline(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('exits 1 for a file that is not a TimelineJS timeline', async () => {
    const input = join(dir, 'broken.json');
    writeFileSync(input, '{"events": [');
    const result = await importTimeline([input, '--out', join(dir, 'out.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${input}: not valid JSON`);
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('explains how to pass options when npm kept --force for itself', async () => {
    const result = await importTimeline([CSV], { env: { npm_config_force: 'true' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'npm kept --force for itself; put -- between the script name and the file',
    );
    expect(result.stderr).toContain(`npm run import:timelinejs -- ${CSV} --force`);
  });
});
