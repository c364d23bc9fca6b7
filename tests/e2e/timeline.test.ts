import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, saveScreenshot, VIEWPORTS } from './chromium';
import { seriousViolations } from './axe';

const appUrl = inject('appUrl');
const EXPULSION = '2020-12-10-aivd-exposes-two-svr-officers';
const REPLY = '2021-01-18-russia-expels-two-dutch-diplomats';

const mark = (page: Page, id: string) => page.locator(`svg.plot [data-event-id="${id}"]`);
const axisLabels = (page: Page) => page.locator('svg.plot .axis text').allTextContents();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function ready(page: Page) {
  await page.locator('svg.plot [data-event-id]').first().waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length > 0);
}

describe.skipIf(!inject('browserAvailable'))('the interactive timeline, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('marks timeline-ready and draws every event and link of the dataset', async () => {
    const { page, errors } = await openPage(browser, appUrl);
    await ready(page);
    expect(await page.locator('svg.plot [data-event-id]').count()).toBe(90);
    expect(await page.locator('svg.plot [data-link-from]').count()).toBeGreaterThanOrEqual(40);
    expect(await page.locator(`[data-link-from="${EXPULSION}"][data-link-to="${REPLY}"]`).count()).toBe(1);
    expect(await page.locator('[data-evidence="alleged"]').getAttribute('stroke-dasharray')).toBe('2 4');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('zooms with the mouse wheel around the pointer and pans by dragging', async () => {
    const { page } = await openPage(browser, appUrl);
    await ready(page);
    expect(await axisLabels(page)).toContain('2016');
    const box = (await page.locator('svg.plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(30);
    }
    await expect.poll(() => axisLabels(page)).toContain('Jul');
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    const zoomedFrom = param(page, 'from')!;

    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 300, box.y + 200, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'from')).not.toBe(zoomedFrom);
    expect(param(page, 'from')! > zoomedFrom).toBe(true);
    await saveScreenshot(page, 'timeline-zoomed-desktop');
    await page.context().close();
  });

  it('keeps the date under the pointer when zooming in past the limit', async () => {
    const { page } = await openPage(browser, appUrl);
    await ready(page);
    const box = (await page.locator('svg.plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    for (let i = 0; i < 80; i++) await page.mouse.wheel(0, -300);
    // The middle of the padded 2013–2025 extent is in mid-2019; at the limit two weeks show around it.
    await expect.poll(() => param(page, 'from')).toMatch(/^2019-0[6-8]/);
    const [from, to] = [param(page, 'from')!, param(page, 'to')!].map((day) => Date.parse(day));
    expect((to! - from!) / 86_400_000).toBeLessThan(16);
    await page.context().close();
  });

  it('opens the details of a clicked event and highlights its chain', async () => {
    const { page } = await openPage(browser, appUrl);
    await ready(page);
    await mark(page, EXPULSION).click();
    const details = page.getByRole('complementary', { name: 'Selected event' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toContain('SVR');
    expect(param(page, 'event')).toBe(EXPULSION);
    expect(await mark(page, REPLY).getAttribute('class')).not.toContain('dimmed');
    expect(await mark(page, '2014-07-17-mh17-shot-down').getAttribute('class')).toContain('dimmed');
    const arc = page.locator(`[data-link-from="${EXPULSION}"][data-link-to="${REPLY}"]`);
    expect(await arc.getAttribute('class')).toContain('active');
    expect(await page.locator('svg.plot .lag').allTextContents()).toContain('+39 days');

    await details.getByRole('button', { name: /Russia orders two Dutch diplomats out/ }).click();
    expect(param(page, 'event')).toBe(REPLY);
    await saveScreenshot(page, 'timeline-selected-desktop');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('reaches every event with the keyboard alone, and follows a link both ways', async () => {
    const { page } = await openPage(browser, appUrl);
    await ready(page);
    await page.locator('svg.plot').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    await page.keyboard.press('Home');
    const seen = new Set<string>();
    for (let i = 0; i < 95; i++) {
      seen.add((await focused())!);
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.size).toBe(90);

    await mark(page, EXPULSION).focus();
    await page.keyboard.press(']');
    await expect.poll(focused).toBe(REPLY);
    await page.keyboard.press('[');
    await expect.poll(focused).toBe(EXPULSION);
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'event')).toBe(EXPULSION);
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'event')).toBeNull();
    await page.context().close();
  });

  it('opens a crowd of events dated to the same year by zooming, and reaches each by keyboard', async () => {
    const crowd = (page: Page) => page.locator('svg.plot [data-event-id^="1994-act-"]');
    const counts = (page: Page) => page.locator('svg.plot [data-cluster-size]');

    // By zooming: a count mark opens into a smaller one or into marks, down to the deepest zoom,
    // where nothing is counted any more and every event of the crowd is a mark of its own.
    const zooming = await openPage(browser, `${appUrl}?data=fixtures/valid/crowded-year.json`);
    await ready(zooming.page);
    expect(await counts(zooming.page).first().getAttribute('data-cluster-size')).toBe('14');
    for (let click = 0; click < 12 && (await counts(zooming.page).count()) > 0; click++) {
      await counts(zooming.page).first().click();
      await zooming.page.waitForTimeout(400);
    }
    expect(await counts(zooming.page).count()).toBe(0);
    expect(await crowd(zooming.page).count()).toBe(14);
    await saveScreenshot(zooming.page, 'timeline-crowded-year');
    expect(zooming.errors).toEqual([]);
    await zooming.page.context().close();

    // By keyboard, from the overview: each arrow press brings the next event out of its count mark.
    const { page, errors } = await openPage(browser, `${appUrl}?data=fixtures/valid/crowded-year.json`);
    await ready(page);
    await page.locator('svg.plot').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Home');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    const seen = new Set<string>();
    for (let i = 0; i < 17; i++) {
      await expect.poll(focused).not.toBeNull();
      const id = (await focused())!;
      seen.add(id);
      await page.keyboard.press('ArrowRight');
      if (i < 16) await expect.poll(focused).not.toBe(id);
    }
    expect(seen.size).toBe(17);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores the selected event, window, filters and search from a deep link', async () => {
    const url = `${appUrl}?event=${EXPULSION}&from=2020-06-01&to=2021-06-30&evidence=explicit&q=expel`;
    const { page } = await openPage(browser, url);
    await ready(page);
    const details = page.getByRole('complementary', { name: 'Selected event' });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toContain('SVR');
    // On a desktop the details stand beside the chart, and the chart is drawn at the width left to it.
    const plot = (await page.locator('svg.plot').boundingBox())!;
    expect((await details.boundingBox())!.x).toBeGreaterThan(plot.x + plot.width);
    expect(await page.getByRole('combobox', { name: 'Search events' }).inputValue()).toBe('expel');
    await expect.poll(() => axisLabels(page)).toContain('2021');
    expect(await axisLabels(page)).not.toContain('2016');
    // The window stays the one asked for: the chart reports its window 150 ms after it changes.
    await page.waitForTimeout(400);
    expect([param(page, 'from'), param(page, 'to')]).toEqual(['2020-06-01', '2021-06-30']);
    expect(await page.locator('[data-evidence="alleged"]').count()).toBe(0);
    expect(await mark(page, EXPULSION).getAttribute('class')).toContain('emphasised');
    // Zoomed in, only some links are drawn; the highlighted arc must still be the selected event's.
    const arc = page.locator(`[data-link-from="${EXPULSION}"][data-link-to="${REPLY}"]`);
    await expect.poll(() => arc.getAttribute('class')).toContain('active');
    expect(param(page, 'event')).toBe(EXPULSION);
    await page.context().close();
  });

  it('goes back to the previously selected event with the browser Back button', async () => {
    const { page } = await openPage(browser, appUrl);
    await ready(page);
    await mark(page, EXPULSION).click();
    await mark(page, '2014-07-17-mh17-shot-down').click();
    expect(param(page, 'event')).toBe('2014-07-17-mh17-shot-down');
    await page.goBack();
    await expect.poll(() => param(page, 'event')).toBe(EXPULSION);
    const heading = page
      .getByRole('complementary', { name: 'Selected event' })
      .getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toContain('SVR');
    await page.context().close();
  });

  it('filters and searches what is drawn, and the list view shows the same events', async () => {
    const { page } = await openPage(browser, appUrl);
    await ready(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page
      .getByRole('group', { name: 'Who acted' })
      .getByRole('checkbox', { name: 'Russia', exact: true })
      .uncheck();
    expect(await mark(page, REPLY).count()).toBe(0);
    expect(await page.locator('svg.lane-labels text').allTextContents()).not.toContain('Russia');
    const shown = await page.locator('svg.plot [data-event-id]').count();
    expect(shown).toBeLessThan(90);
    expect(await page.getByText(`Showing ${shown} of 90 events`).count()).toBe(1);
    expect(param(page, 'actors')!.split(',')).not.toContain('ru');

    await page.getByRole('combobox', { name: 'Search events' }).fill('mh17 convicts');
    await expect.poll(() => page.locator('svg.plot .mark.emphasised').count()).toBe(1);
    await page.getByRole('listbox', { name: 'Matching events' }).getByRole('option').first().click();
    expect(param(page, 'event')).toBe('2022-11-17-mh17-verdict');
    expect(param(page, 'q')).toBe('mh17 convicts');

    await page.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => page.locator('.events [data-event-id]').count()).toBe(shown);
    expect(param(page, 'view')).toBe('list');
    await page.context().close();
  });

  it('pans with a one-finger swipe and zooms with a pinch on a touch screen', async () => {
    const { page } = await openPage(browser, appUrl, VIEWPORTS.phone, 'light', { touch: true });
    await ready(page);
    await page.locator('svg.plot').scrollIntoViewIfNeeded();
    const box = (await page.locator('svg.plot').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x: box.x + x, y: box.y + y, id })),
      });
    const y = 150;
    const centre = box.width / 2;
    await touch('touchStart', [
      [centre - 20, y],
      [centre + 20, y],
    ]);
    for (let step = 1; step <= 10; step++) {
      await touch('touchMove', [
        [centre - 20 - step * 8, y],
        [centre + 20 + step * 8, y],
      ]);
    }
    await touch('touchEnd', []);
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    const pinchedFrom = param(page, 'from')!;

    await touch('touchStart', [[centre, y]]);
    for (let step = 1; step <= 10; step++) await touch('touchMove', [[centre - step * 10, y]]);
    await touch('touchEnd', []);
    await expect.poll(() => param(page, 'from')).not.toBe(pinchedFrom);
    expect(param(page, 'from')! > pinchedFrom).toBe(true);
    await page.context().close();
  });

  it('draws a large dataset as count marks, with the DOM bounded by what is on screen, and opens them by zooming', async () => {
    const { page, errors } = await openPage(browser, `${appUrl}?data=synthetic-5000.json`);
    await page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length > 0, null, {
      timeout: 20_000,
    });
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
    expect(await nodes()).toBeLessThan(2500);
    const counts = page.locator('svg.plot [data-cluster-size]');
    expect(await counts.count()).toBeGreaterThan(20);
    const total = async () =>
      (
        await page
          .locator('svg.plot [data-cluster-size]')
          .evaluateAll((all) => all.map((g) => Number(g.getAttribute('data-cluster-size'))))
      ).reduce((sum, n) => sum + n, 0) + (await page.locator('svg.plot [data-event-id]').count());
    expect(await total()).toBeGreaterThan(4000);

    await counts.first().click();
    await expect.poll(() => page.locator('svg.plot [data-event-id]').count()).toBeGreaterThan(5);
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    expect(await nodes()).toBeLessThan(2500);
    await saveScreenshot(page, 'timeline-large-dataset');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['dark', VIEWPORTS.phone],
    ['light', { width: 320, height: 640 }],
  ] as const)('works on a phone (%s, %j): bottom sheet, no serious violations', async (scheme, viewport) => {
    const { page } = await openPage(browser, `${appUrl}?event=${REPLY}`, viewport, scheme);
    await ready(page);
    const details = page.getByRole('complementary', { name: 'Selected event' });
    const box = (await details.boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(viewport.height, 0);
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await saveScreenshot(page, `timeline-phone-${scheme}-${viewport.width}`);
    await page.context().close();
  });
});
