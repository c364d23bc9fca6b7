// @vitest-environment node
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineDatasetScripts } from './vite-plugin-inline-embed';

describe('the datasets written into embed.html', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are every dataset of the folder, compact, and safe inside a script element', async () => {
    dir = mkdtempSync(join(tmpdir(), 'inline-embed-'));
    copyFileSync('tests/fixtures/valid/minimal.json', join(dir, 'a.json'));
    const hostile = JSON.parse(readFileSync('tests/fixtures/valid/minimal.json', 'utf8')) as {
      description: string;
    };
    hostile.description = 'ends early? </script><script>alert(1)</script> <!-- or a comment';
    writeFileSync(join(dir, 'b.json'), JSON.stringify(hostile, null, 2));
    const html = await inlineDatasetScripts(dir);
    expect(
      html.match(/<script type="application\/json" class="demarche-dataset" data-file="data\/(a|b)\.json">/g),
    ).toHaveLength(2);
    expect(html).not.toMatch(/<\/script><script>alert/);
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('\n  ');
  });

  it("fail the build with the validator's report when one is invalid", async () => {
    dir = mkdtempSync(join(tmpdir(), 'inline-embed-'));
    copyFileSync('tests/fixtures/invalid/unknown-field.json', join(dir, 'broken.json'));
    await expect(inlineDatasetScripts(dir)).rejects.toThrow(/broken\.json:\d+:\d+ {2}events\[\d+\]/);
  });
});
