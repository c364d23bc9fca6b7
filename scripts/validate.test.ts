// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join('node_modules', 'tsx', 'dist', 'cli.mjs');

async function validate(...files: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, 'scripts/validate.ts', ...files]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run validate', () => {
  it('passes a valid file and says what it holds', async () => {
    const result = await validate('tests/fixtures/valid/minimal.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('tests/fixtures/valid/minimal.json: 3 events, 1 links, 3 actors');
  });

  it('prints every problem of every file as file:line:column  path  message and exits 1', async () => {
    const before = readFileSync('tests/fixtures/invalid/unknown-field.json', 'utf8');
    const result = await validate(
      'tests/fixtures/invalid/unknown-field.json',
      'tests/fixtures/invalid/trailing-comma.json',
    );
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((line) => line.includes(':'))).toEqual([
      'tests/fixtures/invalid/unknown-field.json:40:5  events[0].date  missing required field "date"; add it, like "date": "2014-07-17"',
      expect.stringMatching(
        /^tests\/fixtures\/invalid\/unknown-field\.json:65:7 {2}events\[0\]\.dte {2}unknown field "dte"; did you mean "date"\?/,
      ),
      'tests/fixtures/invalid/trailing-comma.json:3:15  (root)  trailing comma: remove the "," before this "}"',
    ]);
    expect(result.stderr).toContain('3 problems in 2 of 2 files');
    expect(readFileSync('tests/fixtures/invalid/unknown-field.json', 'utf8')).toBe(before);
  });

  it('reports a file it cannot read', async () => {
    const result = await validate('tests/fixtures/does-not-exist.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does-not-exist.json:1:1  (file)  cannot read the file');
  });

  it('checks every dataset in data/ by default', async () => {
    const result = await validate();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/data\/nl-ru\.json: \d+ events/);
  });

  it('validates a 10,000-event file in well under a second', async () => {
    // In-process, so the number measures the validator and not the machine's load;
    // the CLI's wall time, start-up included, is in the README.
    const { syntheticDataset } = await import('./synthetic-dataset');
    const { validateDatasetText } = await import('../src/lib/validate/validate-dataset');
    const text = JSON.stringify(syntheticDataset({ events: 10_000 }), null, 2);
    const timings: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      expect(validateDatasetText(text).ok).toBe(true);
      timings.push(performance.now() - start);
    }
    expect(timings.sort((a, b) => a - b)[1]).toBeLessThan(1000);
  });
});
