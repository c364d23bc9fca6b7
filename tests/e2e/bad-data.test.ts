import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, saveScreenshot, VIEWPORTS } from './chromium';
import { seriousViolations } from './axe';

const appUrl = inject('appUrl');

describe.skipIf(!inject('browserAvailable'))('bad data never takes the page down', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function errorPanelFor(
    data: string,
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
  ) {
    const opened = await openPage(browser, `${appUrl}?data=${encodeURIComponent(data)}`, viewport);
    const alert = opened.page.getByRole('alert');
    await alert.waitFor();
    return { ...opened, alert };
  }

  it('lists every schema problem with line, column and path', async () => {
    const { page, alert, errors } = await errorPanelFor('fixtures/invalid/unknown-field.json');
    expect(await alert.getByRole('heading').textContent()).toBe('This dataset has problems');
    const items = await alert.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      expect.stringMatching(/^line 40, column 5 events\[0\]\.date missing required field "date"/),
      expect.stringMatching(/^line 65, column 7 events\[0\]\.dte unknown field "dte"; did you mean "date"\?/),
    ]);
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'error-panel-desktop');
    await page.context().close();
  });

  it('explains a syntax error in a truncated file', async () => {
    const { page, alert } = await errorPanelFor('fixtures/invalid/truncated.json', VIEWPORTS.phone);
    expect(await alert.textContent()).toContain('is the file cut short?');
    await saveScreenshot(page, 'error-panel-phone');
    await page.context().close();
  });

  it('says so when the file does not exist', async () => {
    const { page, alert } = await errorPanelFor('fixtures/nope.json');
    expect(await alert.textContent()).toContain('The server answered 404');
    await page.context().close();
  });

  it('refuses a dataset from another origin and requests nothing from it', async () => {
    const { page, alert, foreignRequests } = await errorPanelFor('https://example.org/data.json');
    expect(await alert.textContent()).toContain('Only datasets on this site can be opened');
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});
