/**
 * One measured page load in headless Chromium: ready time, JS heap, DOM size,
 * and frame times during a scripted wheel zoom and a drag pan.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { deltas, median, p95 } from './stats';
import {
  DOM_NODE_COUNT,
  ERROR_PANEL_TEXT,
  LOAD_STATE,
  READY_TIME,
  START_FRAME_RECORDER,
  STOP_FRAME_RECORDER,
} from './page-scripts';

export const VIEWPORT = { width: 1280, height: 800 } as const;
export const GESTURE_STEPS = 60;
const WHEEL_DELTA_Y = -100;
const PAN_STEP_PX = 10;
const POLL_MS = 50;

export interface FrameSummary {
  /** Number of frame durations recorded. */
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface RunSample {
  readyMs: number;
  heapBytes: number;
  domNodesReady: number;
  domNodesZoomed: number;
  zoom: FrameSummary;
  pan: FrameSummary;
}

export interface RunSettings {
  cpuRate: number;
  /** How long the page may take to call performance.mark('timeline-ready'). */
  readyTimeoutMs: number;
  /** Upper bound for the whole run, gestures included. */
  runTimeoutMs: number;
}

export class RunFailure extends Error {}

/** Opens `url` in a fresh context and measures it; throws RunFailure if the page fails or throws. */
export async function measureRun(browser: Browser, url: string, settings: RunSettings): Promise<RunSample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const problems: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RunFailure(`the run took longer than ${settings.runTimeoutMs / 1000} s`)),
      settings.runTimeoutMs,
    );
  });
  try {
    const sample = await Promise.race([measureInContext(context, url, settings, problems), deadline]);
    if (problems.length > 0) throw new RunFailure(problems.join('; '));
    return sample;
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

async function measureInContext(
  context: BrowserContext,
  url: string,
  { cpuRate, readyTimeoutMs }: RunSettings,
  problems: string[],
): Promise<RunSample> {
  const origin = new URL(url).origin;
  // Only the local server may be reached; a request anywhere else fails the run. Watched, not routed:
  // routing pauses every request, the app's own included, until the driver lets it go (about 9 ms a
  // load, measured), and the page's Content-Security-Policy already refuses other origins.
  context.on('request', (request) => {
    const address = new URL(request.url());
    if (/^(https?|wss?):$/.test(address.protocol) && address.origin !== origin)
      problems.push(`request to another origin: ${request.url()}`);
  });
  const page = await context.newPage();
  let fail: (error: Error) => void = () => undefined;
  const thrown = new Promise<never>((_, reject) => (fail = reject));
  thrown.catch(() => undefined);
  page.on('pageerror', (error) => {
    problems.push(`uncaught ${error.name}: ${error.message}`);
    fail(new RunFailure(`the page threw ${error.name}: ${error.message}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  // Set before navigating, so loading and the first render are throttled too.
  if (cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });

  await Promise.race([page.goto(url), thrown]);
  await Promise.race([waitForLoad(page, readyTimeoutMs), thrown]);
  const readyMs = (await page.evaluate(READY_TIME)) as number;

  const heapBytes = await usedHeap(cdp);
  const domNodesReady = (await page.evaluate(DOM_NODE_COUNT)) as number;
  const centre = await plotCentre(page);
  const zoom = await recordFrames(page, async () => {
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < GESTURE_STEPS; i++) await page.mouse.wheel(0, WHEEL_DELTA_Y);
  });
  const domNodesZoomed = (await page.evaluate(DOM_NODE_COUNT)) as number;
  const pan = await recordFrames(page, async () => {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let i = 1; i <= GESTURE_STEPS; i++) await page.mouse.move(centre.x - i * PAN_STEP_PX, centre.y);
    await page.mouse.up();
  });
  await Promise.race([page.evaluate('undefined'), thrown]);
  return { readyMs, heapBytes, domNodesReady, domNodesZoomed, zoom, pan };
}

/** Polls from outside the page (see page-scripts.ts for why not page.waitForFunction). */
async function waitForLoad(page: Page, timeoutMs: number): Promise<void> {
  const giveUpAt = performance.now() + timeoutMs;
  for (;;) {
    const state = (await page.evaluate(LOAD_STATE)) as 'ready' | 'error' | 'loading';
    if (state === 'ready') return;
    if (state === 'error') {
      throw new RunFailure(
        `the app showed an error instead of the chart: ${await page.evaluate(ERROR_PANEL_TEXT)}`,
      );
    }
    if (performance.now() > giveUpAt) {
      throw new RunFailure(`timeline-ready was not marked within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Live JS heap after a full garbage collection, so garbage from loading does not count. */
async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The centre of the part of the plot that is on screen (the plot may be taller than the viewport). */
async function plotCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('svg.plot').first().boundingBox();
  if (!box) throw new RunFailure('svg.plot is not on screen');
  const top = Math.max(0, box.y);
  const bottom = Math.min(VIEWPORT.height, box.y + box.height);
  const left = Math.max(0, box.x);
  const right = Math.min(VIEWPORT.width, box.x + box.width);
  if (bottom <= top || right <= left) throw new RunFailure('svg.plot is outside the viewport');
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<FrameSummary> {
  await page.evaluate(START_FRAME_RECORDER);
  await gesture();
  const durations = deltas((await page.evaluate(STOP_FRAME_RECORDER)) as number[]);
  return {
    frames: durations.length,
    medianMs: median(durations),
    p95Ms: p95(durations),
    maxMs: Math.max(...durations),
  };
}
