import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium, openPage, saveScreenshot } from './chromium';
import { seriousViolations } from './axe';

const appUrl = inject('appUrl');
const EXPULSION = '2020-12-10-aivd-exposes-two-svr-officers';

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator('[data-event-id]').first().waitFor();
  return frame!;
}

const frameHeight = (page: Page, id: string) =>
  page.locator(`iframe#${id}`).evaluate((iframe) => iframe.clientHeight);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height));
/** How far the frame is from fitting its content; 0 when it fits. */
const misfit = async (page: Page, frame: Frame) =>
  (await frameHeight(page, 'resizing')) - (await contentHeight(frame));

describe.skipIf(!inject('browserAvailable'))('embedding, through embed-demo.html', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sizes the sandboxed frame to its content as it grows and shrinks', async () => {
    const { page, errors } = await openPage(browser, `${appUrl}embed-demo.html`);
    const frame = await frameOf(page, 'resizing');
    expect(await frame.evaluate(() => origin)).toBe('null');
    await expect.poll(() => misfit(page, frame)).toBe(0);
    const chartHeight = await frameHeight(page, 'resizing');

    await frame.getByRole('button', { name: 'List', exact: true }).click();
    // Within a couple of frames of the change, the frame fits its new content.
    await expect.poll(() => misfit(page, frame), { timeout: 250, interval: 16 }).toBe(0);
    expect(await frameHeight(page, 'resizing')).toBeGreaterThan(chartHeight);

    await frame.getByRole('button', { name: 'Chart', exact: true }).click();
    await frame.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => misfit(page, frame), { timeout: 250, interval: 16 }).toBe(0);
    expect(await frameHeight(page, 'resizing')).toBeLessThan(chartHeight);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the event named in the frame address, and keeps its own address in step', async () => {
    const { page } = await openPage(browser, `${appUrl}embed-demo.html`);
    const frame = await frameOf(page, 'resizing');
    const heading = frame
      .getByRole('complementary', { name: 'Selected event' })
      .getByRole('heading', { level: 2 });
    expect(await heading.textContent()).toContain('SVR');
    await frame.locator('[data-event-id="2021-01-18-russia-expels-two-dutch-diplomats"]').click();
    expect(new URL(frame.url()).searchParams.get('event')).toBe(
      '2021-01-18-russia-expels-two-dutch-diplomats',
    );
    expect(page.url()).toBe(`${appUrl}embed-demo.html`);
    const link = frame.getByRole('link', { name: /Open full view/ });
    const full = async () => {
      await link.hover();
      return link.getAttribute('href');
    };
    await expect.poll(full).toMatch(/\/demarche\/app\/\?event=2021-01-18-russia-expels-two-dutch-diplomats&/);
    await page.context().close();
  });

  it('keeps the fixed-height frame at its height, scrolling inside, with the options from its address', async () => {
    const { page } = await openPage(browser, `${appUrl}embed-demo.html`);
    const frame = await frameOf(page, 'fixed');
    expect(await frameHeight(page, 'fixed')).toBe(480);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(480);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await frame.locator('.events [data-event-id]').count()).toBe(90);
    await page.context().close();
  });

  it('requests nothing from another origin and sets no cookie', async () => {
    const { page, foreignRequests } = await openPage(browser, `${appUrl}embed-demo.html`);
    await frameOf(page, 'resizing');
    await frameOf(page, 'fixed');
    expect(foreignRequests).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    await page.context().close();
  });

  it('ships a self-contained embed.html with a Content-Security-Policy allowing only itself', async () => {
    const { page, errors } = await openPage(browser, `${appUrl}embed.html`);
    await page.locator('[data-event-id]').first().waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'; script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(await page.locator('script[src], link[rel="stylesheet"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([320, 768, 1280])(
    'has no serious accessibility violations inside the embed at %i px',
    async (width) => {
      const { page } = await openPage(browser, `${appUrl}embed.html?event=${EXPULSION}`, {
        width,
        height: 800,
      });
      await page.locator('[data-event-id]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      const demo = await openPage(browser, `${appUrl}embed-demo.html`, { width, height: 900 });
      await frameOf(demo.page, 'resizing');
      await expect.poll(() => frameHeight(demo.page, 'resizing')).toBeGreaterThan(400);
      await saveScreenshot(demo.page, `embed-demo-${width}`);
      await page.context().close();
      await demo.page.context().close();
    },
  );

  it('shows each dataset built into it, in a strict sandbox, and explains one it does not carry', async () => {
    const { page, errors } = await openPage(browser, `${appUrl}embed-demo.html`);
    await page.evaluate((src) => {
      // Alone on the page, so the demo's own frames do not compete with it for the CPU.
      document.body.replaceChildren();
      const frame = document.createElement('iframe');
      frame.id = 'other-dataset';
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.src = src;
      frame.style.height = '600px';
      document.body.append(frame);
    }, `${appUrl}embed.html?data=data/uk-ru.json`);
    const frame = await frameOf(page, 'other-dataset');
    expect(await frame.locator('h1').textContent()).toContain('United Kingdom');
    // The full page's tools for sharing and downloading are not part of the embed.
    expect(await frame.getByRole('button', { name: /^(Embed|Download)$/ }).count()).toBe(0);
    expect(errors).toEqual([]);

    const missing = await openPage(browser, `${appUrl}embed.html?data=data/not-here.json`);
    await expect
      .poll(() => missing.page.locator('main').textContent())
      .toMatch(/carries only the datasets it was built with, and data\/not-here\.json is not one of them/);
    await page.context().close();
    await missing.page.context().close();
  });

  it('gives a snippet that is valid HTML and reproduces the current state', async () => {
    const { page } = await openPage(browser, `${appUrl}?event=${EXPULSION}&evidence=explicit`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('svg.plot [data-event-id]').first().waitFor();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.getByLabel('Height (pixels)').fill('560');
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Code copied');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    await saveScreenshot(page, 'embed-dialog-desktop');

    const parsed = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      const iframe = doc.querySelector('iframe')!;
      return {
        elements: [...doc.body.children].map((element) => element.tagName),
        src: iframe.getAttribute('src'),
        title: iframe.getAttribute('title'),
        height: iframe.getAttribute('height'),
        sandbox: iframe.getAttribute('sandbox'),
        script: doc.querySelector('script')?.getAttribute('src'),
        resize: iframe.hasAttribute('data-demarche-resize'),
      };
    }, snippet);
    expect(parsed.elements).toEqual(['IFRAME', 'SCRIPT']);
    expect(parsed.resize).toBe(true);
    expect(parsed.title).toBe('Timeline: Netherlands–Russia relations, 2013–2025');
    expect(parsed.height).toBe('560');
    expect(parsed.sandbox).toBe('allow-scripts allow-popups allow-popups-to-escape-sandbox');
    expect(parsed.script).toBe(`${appUrl}embed.js`);
    const src = new URL(parsed.src!);
    expect(src.pathname).toBe('/demarche/app/embed.html');
    expect(src.searchParams.get('event')).toBe(EXPULSION);
    expect(src.searchParams.get('evidence')).toBe('explicit');

    const host = await page.context().newPage();
    await host.goto(`${appUrl}fixtures/blank.html`);
    await host.evaluate((html) => {
      document.body.insertAdjacentHTML('beforeend', html.replace(/<script[^>]*><\/script>/, ''));
      const script = document.createElement('script');
      script.src = new DOMParser().parseFromString(html, 'text/html').querySelector('script')!.src;
      document.body.append(script);
    }, snippet);
    const frame = (await host.locator('iframe').elementHandle())!;
    const content = (await frame.contentFrame())!;
    const heading = content
      .getByRole('complementary', { name: 'Selected event' })
      .getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent(), { timeout: 5000 }).toContain('SVR');
    expect(await content.locator('[data-evidence="alleged"]').count()).toBe(0);
    await page.context().close();
  });
});
