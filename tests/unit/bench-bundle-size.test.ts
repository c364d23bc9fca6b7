import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSize, embedScriptSize, inlineScriptsOf, scriptsLoadedBy } from '../../bench/bundle-size';
import { describeVerdict, judge, type Budget } from '../../bench/budgets';

describe('scriptsLoadedBy', () => {
  it.each([
    {
      name: 'a Vite build: the module script and its preloads, not the stylesheet',
      html: `<script type="module" crossorigin src="./assets/index-A1.js"></script>
        <link rel="modulepreload" crossorigin href="./assets/vendor-B2.js">
        <link rel="stylesheet" crossorigin href="./assets/index-C3.css">`,
      expected: ['assets/index-A1.js', 'assets/vendor-B2.js'],
    },
    {
      name: 'single quotes, bare attributes, a query string and an absolute path',
      html: `<SCRIPT src='/assets/a.js?v=1' type=module></SCRIPT><link href=assets/b.js rel=modulepreload>`,
      expected: ['assets/a.js', 'assets/b.js'],
    },
    {
      name: 'no inline scripts, other sites, icons or files above the build',
      html: `<script>var a = 1;</script><script src="https://cdn.example/x.js"></script>
        <script src="//cdn.example/y.js"></script><link rel="icon" href="./favicon.svg">
        <script src="../outside.js"></script>`,
      expected: [],
    },
    {
      name: 'each file once',
      html: `<script src="./assets/a.js"></script><link rel="modulepreload" href="assets/a.js">`,
      expected: ['assets/a.js'],
    },
  ])('finds $name', ({ html, expected }) => {
    expect(scriptsLoadedBy(html)).toEqual(expected);
  });
});

describe('bundleSize', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds up the gzip sizes of the scripts index.html loads, leaving out chunks loaded later', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-bundle-size-'));
    mkdirSync(join(dir, 'assets'));
    const entry = 'export const a = 1;\n'.repeat(200);
    const preload = 'export const b = 2;\n'.repeat(50);
    writeFileSync(join(dir, 'assets', 'index.js'), entry);
    writeFileSync(join(dir, 'assets', 'vendor.js'), preload);
    writeFileSync(join(dir, 'assets', 'later.js'), 'export const c = 3;\n'.repeat(500));
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/vendor.js">',
    );
    const size = bundleSize(dir);
    expect(size.files.map((file) => file.path)).toEqual(['assets/index.js', 'assets/vendor.js']);
    expect(size.files[0]).toEqual({
      path: 'assets/index.js',
      bytes: entry.length,
      gzipBytes: gzipSync(entry).length,
    });
    expect(size.gzipBytes).toBe(gzipSync(entry).length + gzipSync(preload).length);
  });
});

describe("the embed's script", () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is the inline module, not the datasets or other inline text', () => {
    const html = `<script type="application/json" class="demarche-dataset">{"a": 1}</script>
      <script type="module">const x = 1;</script><script>var classic = 1;</script>`;
    expect(inlineScriptsOf(html)).toEqual(['const x = 1;']);
  });

  it('is measured gzipped from embed.html', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-embed-size-'));
    const code = 'export const a = 1;\n'.repeat(300);
    writeFileSync(
      join(dir, 'embed.html'),
      `<script type="application/json">{}</script><script type="module">${code}</script>`,
    );
    expect(embedScriptSize(dir)).toEqual({
      files: [{ path: 'embed.html', bytes: code.length, gzipBytes: gzipSync(code).length }],
      gzipBytes: gzipSync(code).length,
    });
  });

  it('must exist', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-embed-size-'));
    writeFileSync(join(dir, 'embed.html'), '<p>no script</p>');
    expect(() => embedScriptSize(dir)).toThrow(/no inline module script/);
  });
});

describe('budgets', () => {
  const size = (gzipBytes: number) => ({
    files: [{ path: 'a.js', bytes: 3 * gzipBytes, gzipBytes }],
    gzipBytes,
  });
  const budget: Budget = { name: 'app', limitBytes: 45_000 };

  it('pass at the limit and fail a byte over it', () => {
    expect(judge(budget, size(45_000)).withinLimit).toBe(true);
    expect(judge(budget, size(45_001)).withinLimit).toBe(false);
    expect(describeVerdict(judge(budget, size(45_001)))).toBe('app: 45.00 kB of 45.00 kB (a.js 45.00 kB)');
  });
});
