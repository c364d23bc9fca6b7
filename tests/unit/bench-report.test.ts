import { describe, expect, it } from 'vitest';
import { cell, renderMarkdown, type BenchReport } from '../../bench/report';
import { checkTargets } from '../../bench/targets';
import { BUDGETS } from '../../bench/budgets';
import { caseResult, sample } from './bench-fixtures';

function report(cases: BenchReport['cases'], smoke = false): BenchReport {
  return {
    date: '2026-01-02T03:04:05.000Z',
    machine: {
      cpu: 'Test CPU | 3 GHz',
      cores: 8,
      os: 'Linux 6.1 x64',
      memoryBytes: 16 * 1024 ** 3,
      loadAverage: { start: 0.5, end: 1.25 },
    },
    chromium: '140.0.1.2',
    node: 'v20.19.0',
    bundles: {
      app: { files: [{ path: 'assets/index-A1.js', bytes: 200_000, gzipBytes: 44_000 }], gzipBytes: 44_000 },
      embed: { files: [{ path: 'embed.html', bytes: 200_000, gzipBytes: 39_100 }], gzipBytes: 39_100 },
    },
    settings: {
      smoke,
      runs: 5,
      viewport: { width: 1280, height: 800 },
      gestureSteps: 60,
      sizes: [...new Set(cases.map((c) => c.events))],
      cpuRates: [...new Set(cases.map((c) => c.cpuRate))],
    },
    cases,
    targets: checkTargets(cases),
  };
}

const rows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('| '));

describe('renderMarkdown', () => {
  it('states when, where and with what the numbers were taken', () => {
    const markdown = renderMarkdown(report([caseResult(100, 1, [sample()])]));
    expect(markdown).toContain('- Date: 2026-01-02T03:04:05.000Z');
    expect(markdown).toContain('- Machine: Test CPU \\| 3 GHz, 8 cores, 16 GiB, Linux 6.1 x64');
    expect(markdown).toContain('- Load average (1 min): 0.50 at the start, 1.25 at the end');
    expect(markdown).toContain('Chromium 140.0.1.2');
    expect(markdown).toContain(
      '- JavaScript at start, gzipped: full view (index.html): 44.00 kB of 45.00 kB (assets/index-A1.js 44.00 kB); ' +
        `embed (embed.html): 39.10 kB of ${(BUDGETS.embed.limitBytes / 1000).toFixed(2)} kB (embed.html 39.10 kB)`,
    );
    expect(markdown).toContain('medians of 5 runs per row, taken round by round');
  });

  it('writes one row per size and CPU rate with the medians', () => {
    const markdown = renderMarkdown(
      report([
        caseResult(1_000, 1, [sample({ readyMs: 412.4, domNodesReady: 12_345, domNodesZoomed: 678 })]),
        caseResult(1_000, 4, [sample({ readyMs: 1_650 })]),
      ]),
    );
    expect(rows(markdown).slice(2)).toEqual([
      '| unthrottled | 1,000 | 250 | 412 | 412–412 | 16.7 / 16.7 | 16.7 / 16.7 | 10.0 | 12,345 → 678 | 1/1 |',
      '| 4× slower | 1,000 | 250 | 1,650 | 1,650–1,650 | 16.7 / 16.7 | 16.7 / 16.7 | 10.0 | 1,000 → 400 | 1/1 |',
    ]);
  });

  it('puts each target next to its number, marked met or missed, and lists them in their own table', () => {
    const markdown = renderMarkdown(
      report([
        caseResult(10_000, 1, [
          sample({ readyMs: 280, pan: { frames: 60, medianMs: 16.7, p95Ms: 33.4, maxMs: 50 } }),
        ]),
      ]),
    );
    expect(rows(markdown)[2]).toBe(
      '| unthrottled | 10,000 | 2,500 | 280 (met: < 300) | 280–280 | 16.7 / 16.7 (met: ≤ 16.7) | 16.7 / 33.4 (missed: ≤ 16.7) | 10.0 | 1,000 → 400 | 1/1 |',
    );
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('| 10,000 | unthrottled | ready | < 300 ms | 280 ms | met |');
    expect(markdown).toContain('| 10,000 | unthrottled | pan p95 frame | ≤ 16.7 ms | 33.4 ms | missed |');
  });

  it('shows a size whose runs all failed as failed, and says why each run failed', () => {
    const markdown = renderMarkdown(
      report([
        caseResult(
          50_000,
          1,
          [],
          ['run 1: timeline-ready was not marked within 60 s', 'run 2: the page threw a | b'],
        ),
      ]),
    );
    expect(rows(markdown)[2]).toBe('| unthrottled | 50,000 | 12,500 | failed |  |  |  |  |  | 0/2 |');
    expect(markdown).toContain('| 50,000 | unthrottled | ready | < 1,000 ms | not measured | missed |');
    expect(markdown).toContain('## Failed runs');
    expect(markdown).toContain('- 50,000 events, unthrottled: run 2: the page threw a \\| b');
  });

  it('titles a smoke run as one and leaves out the targets table when no size has a target', () => {
    const markdown = renderMarkdown(report([caseResult(100, 1, [sample()])], true));
    expect(markdown.startsWith('# demarche benchmark (smoke run)\n')).toBe(true);
    expect(markdown).not.toContain('## Targets');
    expect(markdown).not.toContain('## Failed runs');
  });
});

describe('cell', () => {
  it.each([
    { text: 'a | b', expected: 'a \\| b' },
    { text: 'first line\n  second', expected: 'first line second' },
  ])('makes $text safe inside a table cell', ({ text, expected }) => {
    expect(cell(text)).toBe(expected);
  });
});
