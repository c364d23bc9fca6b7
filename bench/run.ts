/**
 * `npm run bench`: builds the app, serves it with synthetic datasets on
 * 127.0.0.1, measures it in headless Chromium and writes
 * bench/results/latest.{md,json}. `--smoke` is the quick CI variant: it
 * fails only if a page does not become ready or throws. See bench/README.md.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../tests/e2e/chromium';
import { caseMedians, type CaseResult } from './aggregate';
import { buildApp } from '../tests/e2e/build-app';
import { bundleSize, embedScriptSize } from './bundle-size';
import { datasetOptions, writeDatasets } from './datasets';
import { GESTURE_STEPS, measureRun, RunFailure, VIEWPORT, type RunSample, type RunSettings } from './measure';
import { parseOptions, type BenchOptions } from './options';
import { interleavedRuns } from './schedule';
import { startServerProcess } from './server-process';
import { renderMarkdown, type BenchReport } from './report';
import { checkTargets } from './targets';

/** A sub-path, as in the e2e tests, so the relative base is exercised. */
const APP_PREFIX = '/demarche/';
/** A case whose runs keep failing is abandoned, so a broken page cannot hold the run for long. */
const FAILURES_BEFORE_GIVING_UP = 2;
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

/** Generous, and longer under throttling: a slow page should be reported, not cut short. */
const settingsFor = (cpuRate: number): RunSettings => ({
  cpuRate,
  readyTimeoutMs: 60_000 * cpuRate,
  runTimeoutMs: 180_000 * cpuRate,
});

/** One dataset size at one CPU rate, before its runs. */
interface PlannedCase {
  events: number;
  links: number;
  cpuRate: number;
  url: string;
}

/** Every run of every case, round by round (see schedule.ts); a case that keeps failing is dropped. */
async function measureCases(
  browser: Browser,
  planned: readonly PlannedCase[],
  runs: number,
): Promise<CaseResult[]> {
  const samples = planned.map((): RunSample[] => []);
  const failures = planned.map((): string[] => []);
  for (const { caseIndex, run } of interleavedRuns(planned.length, runs)) {
    const { events, cpuRate, url } = planned[caseIndex]!;
    if (failures[caseIndex]!.length >= FAILURES_BEFORE_GIVING_UP) continue;
    const label = `${events} events, CPU ×${cpuRate}, run ${run}/${runs}`;
    try {
      const sample = await measureRun(browser, url, settingsFor(cpuRate));
      samples[caseIndex]!.push(sample);
      console.log(
        `  ${label}: ready ${sample.readyMs.toFixed(0)} ms, zoom p95 ${sample.zoom.p95Ms.toFixed(1)} ms, ` +
          `pan p95 ${sample.pan.p95Ms.toFixed(1)} ms, heap ${(sample.heapBytes / 2 ** 20).toFixed(1)} MiB`,
      );
    } catch (error) {
      const message = error instanceof RunFailure ? error.message : String(error);
      failures[caseIndex]!.push(`run ${run}: ${message}`);
      console.error(`  ${label}: FAILED: ${message}`);
    }
  }
  return planned.map(({ events, links, cpuRate }, i) => ({
    events,
    links,
    actors: datasetOptions(events).actors,
    cpuRate,
    samples: samples[i]!,
    failures: failures[i]!,
    medians: caseMedians(samples[i]!),
  }));
}

async function main(options: BenchOptions): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  const started = performance.now();
  console.log('building the app…');
  const buildDir = await buildApp('demarche-bench-');
  let browser: Browser | undefined;
  let close = async () => undefined as void;
  try {
    const bundles = { app: bundleSize(buildDir), embed: embedScriptSize(buildDir) };
    const datasets = writeDatasets(buildDir, options.sizes);
    const server = await startServerProcess([{ prefix: APP_PREFIX, dir: buildDir }]);
    const { origin } = server;
    close = server.close;
    browser = await launchChromium();
    const urlFor = (events: number) =>
      `${origin}${APP_PREFIX}?data=${encodeURIComponent(datasets.get(events)!.path)}`;

    // One unmeasured load, so starting the browser's processes does not land in the first sample.
    await measureRun(browser, urlFor(options.sizes[0]!), settingsFor(1)).catch(() => undefined);

    const loadAtStart = os.loadavg()[0]!;
    const planned = options.cpuRates.flatMap((cpuRate) =>
      options.sizes.map((events) => ({
        events,
        links: datasets.get(events)!.links,
        cpuRate,
        url: urlFor(events),
      })),
    );
    const cases = await measureCases(browser, planned, options.runs);

    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        memoryBytes: os.totalmem(),
        loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
      },
      chromium: browser.version(),
      node: process.version,
      bundles,
      settings: {
        smoke: options.smoke,
        runs: options.runs,
        viewport: { ...VIEWPORT },
        gestureSteps: GESTURE_STEPS,
        sizes: options.sizes,
        cpuRates: options.cpuRates,
      },
      cases,
      targets: checkTargets(cases),
    };
    const outDir =
      options.outDir ??
      (options.smoke ? mkdtempSync(join(os.tmpdir(), 'demarche-bench-smoke-')) : RESULTS_DIR);
    mkdirSync(outDir, { recursive: true });
    const markdown = renderMarkdown(report);
    writeFileSync(join(outDir, 'latest.md'), markdown);
    writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);

    const failed = cases.reduce((sum, result) => sum + result.failures.length, 0);
    console.log(`\n${markdown}`);
    console.log(
      `wrote ${join(outDir, 'latest.md')} and latest.json in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    if (failed > 0) console.error(`${failed} run(s) failed: see "Failed runs" above`);
    return failed > 0 ? 1 : 0;
  } finally {
    await browser?.close();
    await close();
    rmSync(buildDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main(parseOptions(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
