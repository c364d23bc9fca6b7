import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, saveScreenshot, VIEWPORTS } from './chromium';
import { seriousViolations } from './axe';
import { readProjectFile } from '../helpers/files';

const appUrl = inject('appUrl');
const bundled = JSON.parse(readProjectFile('data/nl-ru.json')) as { events: unknown[]; title: string };

describe.skipIf(!inject('browserAvailable'))('the first page, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the bundled dataset from a sub-path and lists every event with date and actors', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, appUrl);
    await page.getByRole('heading', { level: 1, name: bundled.title }).waitFor();
    const items = page.locator('[data-event-id]');
    expect(await items.count()).toBe(bundled.events.length);
    const mh17 = page.locator('[data-event-id="2014-07-17-mh17-shot-down"]');
    expect(await mh17.getAttribute('aria-label')).toMatch(/^17 July 2014\. .*MH17/);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await saveScreenshot(page, 'first-page-desktop');
    await page.context().close();
  });

  it.each([
    ['light', VIEWPORTS.desktop],
    ['dark', VIEWPORTS.phone],
  ] as const)('has no serious accessibility violations (%s theme)', async (scheme, viewport) => {
    const { page } = await openPage(browser, appUrl, viewport, scheme);
    await page.locator('[data-event-id]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, `first-page-${scheme}-${viewport.width}`);
    await page.context().close();
  });

  it.each([
    ['the bundled dataset', '', 'data/nl-ru.json'],
    ['a dataset given by ?data=', '?data=fixtures/valid/minimal.json', 'fixtures/valid/minimal.json'],
  ])("downloads %s once, starting before the app's script has even arrived", async (_, search, file) => {
    const { page, errors } = await openPage(browser, `${appUrl}${search}`);
    await page.locator('[data-event-id]').first().waitFor();
    const timing = await page.evaluate((file) => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const data = resources.filter((entry) => new URL(entry.name).pathname.endsWith(file));
      const script = resources.find((entry) => /\/assets\/index-[^/]+\.js$/.test(entry.name));
      return { requests: data.length, dataStart: data[0]?.startTime, scriptEnd: script?.responseEnd };
    }, file);
    expect(timing.requests).toBe(1);
    expect(timing.dataStart).toBeLessThan(timing.scriptEnd!);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("fetches the editors' dataset bar only once the timeline is drawn, and then shows it", async () => {
    const { page, errors } = await openPage(browser, appUrl);
    await page.getByLabel(/open a dataset/i).waitFor({ state: 'attached' });
    const timing = await page.evaluate(() => {
      const tools = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
        /\/assets\/DatasetBar-[^/]+\.js$/.test(entry.name),
      );
      return {
        toolsStart: tools?.startTime,
        ready: performance.getEntriesByName('timeline-ready')[0]?.startTime,
      };
    });
    expect(timing.ready).toBeDefined();
    expect(timing.toolsStart).toBeGreaterThan(timing.ready!);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders another dataset given by ?data=, with its own actors', async () => {
    const { page, errors } = await openPage(browser, `${appUrl}?data=fixtures/valid/minimal.json`);
    await page
      .getByRole('heading', { level: 1, name: 'Atlantis–Lemuria relations (test fixture)' })
      .waitFor();
    expect(await page.locator('[data-event-id]').count()).toBe(3);
    expect(await page.locator('svg.lane-labels text').allTextContents()).toEqual([
      'Atlantis',
      'Lemuria',
      'Ocean Court',
    ]);
    expect(await page.locator('[data-event-id="2001-03-04-atlantis-expels-envoy"]').textContent()).toContain(
      'Atlantis',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
