import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { createServer as createNetServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, saveScreenshot } from './chromium';
import { readFixture } from '../helpers/files';

const appUrl = inject('appUrl');
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** The fixture with markup and script payloads in every text field; still a valid dataset. */
function hostileDataset(): string {
  const dataset = JSON.parse(readFixture('valid/minimal.json'));
  dataset.title = `Hostile ${HOSTILE}`;
  dataset.description = HOSTILE;
  for (const actor of dataset.actors) {
    actor.name = `${actor.name} ${HOSTILE}`;
    actor.shortName = HOSTILE;
  }
  for (const event of dataset.events) {
    event.title = `${event.id} ${HOSTILE}`;
    event.summary = HOSTILE;
    event.note = HOSTILE;
    event.sources = [
      { url: 'https://example.org/"><script>window.__pwned=1</script>', publisher: HOSTILE, title: HOSTILE },
    ];
  }
  dataset.links[0].note = HOSTILE;
  return JSON.stringify(dataset, null, 2);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function openLocalFile(page: Page, name: string, text: string) {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content!], fileName!, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    },
    [name, text],
  );
}

describe.skipIf(!inject('browserAvailable'))("editors' workflow, in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders a dropped valid file, keeps it on reload, and goes back to the published data', async () => {
    const { page, errors } = await openPage(browser, appUrl);
    await page.locator('svg.plot [data-event-id]').first().waitFor();
    await dropFile(page, 'minimal.json', readFixture('valid/minimal.json'));
    await page
      .getByRole('heading', { level: 1, name: 'Atlantis–Lemuria relations (test fixture)' })
      .waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Showing your file minimal.json' }).count()).toBe(
      1,
    );

    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Atlantis–Lemuria relations (test fixture)' })
      .waitFor();
    await page.getByRole('button', { name: 'Back to the published data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netherlands–Russia relations, 2013–2025' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Netherlands–Russia relations, 2013–2025' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a file dropped before the dataset bar has arrived, instead of letting the browser leave the page', async () => {
    const context = await browser.newContext();
    // The bar's chunk is held back until the drop is done, so the drop certainly comes first.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/DatasetBar-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.locator('svg.plot [data-event-id]').first().waitFor();
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    await dropFile(page, 'minimal.json', readFixture('valid/minimal.json'));
    await page
      .getByRole('heading', { level: 1, name: 'Atlantis–Lemuria relations (test fixture)' })
      .waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(appUrl).origin);
    release();
    await page.getByRole('status').filter({ hasText: 'Showing your file minimal.json' }).waitFor();
    await context.close();
  });

  it('shows every problem of an invalid file with its line numbers and the lines around it', async () => {
    const { page } = await openPage(browser, appUrl);
    await page.locator('svg.plot [data-event-id]').first().waitFor();
    await openLocalFile(page, 'broken.json', readFixture('invalid/unknown-field.json'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const items = await alert.getByRole('listitem').all();
    expect(items).toHaveLength(2);
    expect(await items[0]!.textContent()).toMatch(
      /^line 40, column 5 events\[0\]\.date missing required field "date"/,
    );
    expect(await items[1]!.textContent()).toMatch(/^line 65, column 7 events\[0\]\.dte unknown field "dte"/);
    const excerpt = alert.getByLabel('The file around line 65');
    expect(await excerpt.locator('.target').textContent()).toBe('65      "dte": "2001-03-04"');
    await saveScreenshot(page, 'editor-overlay-desktop');

    await openLocalFile(page, 'fixed.json', readFixture('valid/minimal.json'));
    await page
      .getByRole('heading', { level: 1, name: 'Atlantis–Lemuria relations (test fixture)' })
      .waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('shows markup and script payloads in every text field as text, and runs none of them', async () => {
    const { page, errors } = await openPage(browser, appUrl);
    await page.locator('svg.plot [data-event-id]').first().waitFor();
    await openLocalFile(page, 'hostile.json', hostileDataset());
    await page.getByRole('heading', { level: 1, name: /^Hostile <img/ }).waitFor();
    await page.locator('svg.plot [data-event-id]').first().click();
    await page.getByRole('complementary', { name: 'Selected event' }).waitFor();
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByText('Legend').click();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.getByText(HOSTILE, { exact: false }).count()).toBeGreaterThan(3);
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol));
    expect(hrefs.every((protocol) => protocol === 'https:' || protocol === 'http:')).toBe(true);
    expect(errors).toEqual([]);

    await openLocalFile(page, 'evil-url.json', readFixture('invalid/javascript-url.json'));
    await page.getByRole('alert').waitFor();
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.context().close();
  });

  it('downloads the events shown as CSV and JSON, and the view as SVG and PNG with title and licence', async () => {
    const { page, errors } = await openPage(
      browser,
      `${appUrl}?years=2018-2018&from=2018-01-01&to=2018-12-31`,
    );
    await page.locator('svg.plot [data-event-id]').first().waitFor();
    const shown = await page.locator('svg.plot [data-event-id]').count();
    const download = async (label: RegExp) => {
      await page.getByText('Download', { exact: true }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label }).click(),
      ]);
      const path = await file.path();
      return { name: file.suggestedFilename(), bytes: readFileSync(path) };
    };

    const csv = await download(/as CSV/);
    expect(csv.name).toBe('nl-ru-events-filtered.csv');
    const rows = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toMatch(/^id,date,end,/);
    expect(rows.slice(1).every((row) => row.split(',')[1]!.startsWith('2018'))).toBe(true);

    const json = await download(/as a dataset/);
    const subset = JSON.parse(json.bytes.toString('utf8'));
    expect(subset.events).toHaveLength(rows.length - 1);

    const svg = await download(/SVG/);
    expect(svg.name).toBe('nl-ru-view-filtered.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('Netherlands–Russia relations, 2013–2025');
    expect(svgText).toContain('Text licence: CC BY 4.0');
    expect(svgText.match(/data-event-id=/g)?.length).toBe(shown);

    const png = await download(/PNG/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(10_000);
    writeFileSync('tests/e2e/screenshots/export-view.png', png.bytes);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a file nested to crash the parser, with a message instead of a broken page', async () => {
    const { page, errors } = await openPage(browser, appUrl);
    await page.locator('svg.plot [data-event-id]').first().waitFor();
    await openLocalFile(page, 'deep.json', `{"id": ${'['.repeat(200_000)}`);
    expect(await page.getByRole('alert').textContent()).toContain('nested more than 64 levels');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.skipIf(!inject('browserAvailable'))('hot reload in the dev server', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let dataDir: string;
  let url: string;
  const previousDataDir = process.env.DEMARCHE_DATA_DIR;

  beforeAll(async () => {
    browser = await launchChromium();
    dataDir = mkdtempSync(join(tmpdir(), 'demarche-data-'));
    cpSync('data/nl-ru.json', join(dataDir, 'nl-ru.json'));
    process.env.DEMARCHE_DATA_DIR = dataDir;
    // A fixed free port: the dev server may restart itself (re-optimizing dependencies), and the page
    // reconnects to the port it knows.
    const port = await freePort();
    // Under Vitest, Vite turns file watching and HMR off by default; this test is about them.
    // A cache of its own: dependencies are optimized once, before the page asks for them, instead of
    // being re-optimized (and the page reloaded) because another run used a different configuration.
    server = await createServer({
      logLevel: 'silent',
      cacheDir: join(dataDir, '.vite'),
      server: { host: '127.0.0.1', port, strictPort: true, hmr: true, watch: {} },
    });
    await server.listen();
    url = server.resolvedUrls!.local[0]!;
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (previousDataDir === undefined) delete process.env.DEMARCHE_DATA_DIR;
    else process.env.DEMARCHE_DATA_DIR = previousDataDir;
  });

  it(
    're-renders on save, keeping the selection; an invalid save shows the problems until the next valid one',
    { timeout: 60_000 },
    async () => {
      const { page } = await openPage(browser, `${url}?event=2020-12-10-aivd-exposes-two-svr-officers`);
      await page.locator('svg.plot [data-event-id]').first().waitFor({ timeout: 20_000 });
      const file = join(dataDir, 'nl-ru.json');
      const original = readFileSync(file, 'utf8');

      // The watcher starts on the scratch folder while the page loads; a save before it is ready would
      // go unseen (an editor saving seconds later never meets this), so the first save is repeated until seen.
      const edited = page.getByRole('heading', { level: 1, name: 'Edited title' });
      await expect
        .poll(
          async () => {
            writeFileSync(
              file,
              original.replace('"Netherlands–Russia relations, 2013–2025"', '"Edited title"'),
            );
            return edited.count();
          },
          { timeout: 10_000, interval: 1000 },
        )
        .toBe(1);
      const heading = page
        .getByRole('complementary', { name: 'Selected event' })
        .getByRole('heading', { level: 2 });
      expect(await heading.textContent()).toContain('SVR');

      // A second save a moment later, as an editor would make it (the watcher merges saves made within milliseconds).
      await page.waitForTimeout(300);
      writeFileSync(file, original.replace('"date": "2014-07-17"', '"date": "2014-07-32"'));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('"2014-07-32"; is not a real date');

      await page.waitForTimeout(300);
      writeFileSync(file, original);
      await page
        .getByRole('heading', { level: 1, name: 'Netherlands–Russia relations, 2013–2025' })
        .waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await heading.textContent()).toContain('SVR');
      await page.context().close();
    },
  );
});
