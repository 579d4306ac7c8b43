import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { sharedOfflineBuild } from './offlineBuild';
import { pngPixels } from './session';

/** The bundled dataset's figures and texts, read by hand from data/cooperation.json and data/sources/. */
const BUNDLED = {
  title: "South Korea's healthcare cooperation",
  /** One of Kazakhstan's quotes (activity kaz-knuh-rehabilitation-department-mou-2019). */
  kazQuote: 'Kyungpook National University Hospital signed the MOU on the Joint Establishment',
  /** The heading of the source every Kazakhstan activity cites (sources/001_….txt). */
  kazSourceText: 'Korea Accelerating Healthcare Cooperation with Central Asian Countries',
} as const;
/** tests/fixtures/atlas-fixture.json, read by hand. */
const FIXTURE = {
  path: join(import.meta.dirname, '../fixtures/atlas-fixture.json'),
  title: 'Atlas test fixture (invented data)',
  ethQuote: 'Test fixture quote for fx-eth-aid-2018',
} as const;
/** What land that is no partner looks like (DESIGN). */
const LAND = '#dcdcd7';

let dir = '';
let file = '';
let browser: Browser;
let contexts: BrowserContext[] = [];
/** Requests a page tried outside file:, blob: and data: (each was made to fail). */
let blocked: string[] = [];
let errors: string[] = [];

beforeAll(async () => {
  // Where this file's downloads go; the single file itself is the run's shared build.
  dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  file = await sharedOfflineBuild();
  browser = await chromium.connect(inject('wsEndpoint'));
}, 420_000);

afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  blocked = [];
  errors = [];
});

afterEach(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  contexts = [];
});

/** No network at all: anything but local files and what the page makes in memory fails. */
async function offline(context: BrowserContext): Promise<void> {
  await context.route('**', (route) => {
    const url = route.request().url();
    if (/^(file|blob|data):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
}

/** A page in a context of its own (its own storage: nothing a previous page stored is seen). */
async function freshPage(network = false): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  contexts.push(context);
  if (!network) await offline(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}

const fileUrl = (path: string, search = '') => `${pathToFileURL(path).href}${search}`;

async function openFile(p: Page, path: string, search = ''): Promise<void> {
  await p.goto(fileUrl(path, search));
  await p.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
}

const summary = (p: Page) => p.getByRole('status', { name: 'Summary' }).textContent();
const partnerList = (p: Page) => p.getByRole('list', { name: 'Partner countries' });
const scenes = (p: Page) => p.getByRole('list', { name: 'Scenes' });
/** A scene saved before the copy is made. */
const SCENE = 'USB stick briefing';

/** Saves what `click` downloads into the temp dir and returns its path. */
async function download(p: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [d] = await Promise.all([p.waitForEvent('download'), click()]);
  const path = join(dir, name);
  await d.saveAs(path);
  return path;
}

/** How many pixels of the map canvas are within 10 of `hex` in every channel. */
async function canvasPixelsNear(p: Page, hex: string): Promise<number> {
  const png = await p.getByRole('region', { name: 'World map' }).locator('canvas').screenshot();
  const { data: d } = await pngPixels(p, png);
  const want = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
  let n = 0;
  for (let i = 0; i < d.length; i += 4)
    if ([0, 1, 2].every((k) => Math.abs(d[i + k]! - want[k]!) <= 10)) n++;
  return n;
}

describe('the single-file atlas, opened from disk with no network', { timeout: 240_000 }, () => {
  it('paints partners on the interactive map, opens details with their quote and the full source text, and filters through the URL', async () => {
    const page = await freshPage();
    await openFile(page, file);
    await expect(page.locator('h1').textContent()).resolves.toBe(BUNDLED.title);
    const map = page.getByRole('region', { name: 'World map' });
    await expect(map.getAttribute('data-map-renderer')).resolves.toBe('webgl');

    // Turkmenistan (12) and Kazakhstan (10) fill the legend's top step: its colour, which nothing
    // else on the map has, covers thousands of the canvas's pixels.
    const swatch = await page
      .locator('.atlas-map__steps li')
      .last()
      .locator('.atlas-map__swatch')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    const hex = `#${(swatch.match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
    expect(hex).not.toBe(LAND);
    await expect.poll(() => canvasPixelsNear(page, hex), { timeout: 15_000 }).toBeGreaterThan(2000);

    await partnerList(page)
      .getByRole('button', { name: /^Kazakhstan,/ })
      .click();
    const details = page.getByRole('region', { name: 'Kazakhstan details' });
    await expect
      .poll(() => details.locator('blockquote').allTextContents())
      .toContainEqual(expect.stringContaining(BUNDLED.kazQuote));
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      details.getByRole('link', { name: 'Full text' }).first().click(),
    ]);
    await expect.poll(() => popup.locator('body').textContent()).toContain(BUNDLED.kazSourceText);

    await page.getByRole('button', { name: 'Close details' }).click();
    await page
      .getByRole('group', { name: 'Regions' })
      .getByRole('checkbox', { name: 'Central Asia', exact: true })
      .uncheck();
    // Kazakhstan, Turkmenistan and Uzbekistan leave; 12 of the 15 partner countries stay.
    await expect.poll(() => summary(page)).toContain('12 partner countries');
    await expect(
      partnerList(page)
        .getByRole('button', { name: /^Kazakhstan,/ })
        .count(),
    ).resolves.toBe(0);
    await expect(page.getByRole('img', { name: 'Activities by partner' }).count()).resolves.toBe(1);
    const search = new URL(page.url()).search;
    expect(search).toContain('regions=');

    // The state lives in the file's URL: opening that URL again shows the same view.
    const again = await freshPage();
    await openFile(again, file, search);
    await expect.poll(() => summary(again)).toContain('12 partner countries');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('downloads CSV and enters presentation from disk', async () => {
    const page = await freshPage();
    await openFile(page, file);
    const csv = await download(
      page,
      () => page.getByRole('button', { name: 'Download CSV' }).click(),
      'export.csv',
    );
    expect(readFileSync(csv, 'utf8')).toContain('Kazakhstan');
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect(page.getByRole('button', { name: 'Present' }).count()).resolves.toBe(1);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('saves an offline copy holding the dataset opened and a scene, and that copy saves a copy of its own', async () => {
    const page = await freshPage();
    await openFile(page, file);
    await page.getByLabel('Open dataset').setInputFiles(FIXTURE.path);
    await expect.poll(() => page.locator('h1').textContent()).toBe(FIXTURE.title);
    await page.getByRole('textbox', { name: 'Scene title' }).fill(SCENE);
    await page.getByRole('button', { name: 'Save scene' }).click();
    await expect(
      scenes(page).getByRole('button', { name: SCENE, exact: true }).count(),
    ).resolves.toBe(1);
    const copy = await download(
      page,
      () => page.getByRole('button', { name: 'Save offline copy' }).click(),
      'copy.html',
    );

    // A new context: its storage holds no scene, so the scene must come from the file.
    const opened = await freshPage();
    await openFile(opened, copy);
    await expect(opened.locator('h1').textContent()).resolves.toBe(FIXTURE.title);
    await expect
      .poll(() => scenes(opened).getByRole('button', { name: SCENE, exact: true }).count())
      .toBe(1);
    await partnerList(opened)
      .getByRole('button', { name: /^Ethiopia,/ })
      .click();
    await expect
      .poll(() =>
        opened
          .getByRole('region', { name: 'Ethiopia details' })
          .locator('blockquote')
          .allTextContents(),
      )
      .toContainEqual(expect.stringContaining(FIXTURE.ethQuote));

    const copyOfCopy = await download(
      opened,
      () => opened.getByRole('button', { name: 'Save offline copy' }).click(),
      'copy-of-copy.html',
    );
    const third = await freshPage();
    await openFile(third, copyOfCopy);
    await expect(third.locator('h1').textContent()).resolves.toBe(FIXTURE.title);
    await expect
      .poll(() => scenes(third).getByRole('button', { name: SCENE, exact: true }).count())
      .toBe(1);
    await expect(
      third.getByRole('region', { name: 'World map' }).getAttribute('data-map-renderer'),
    ).resolves.toBe('webgl');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Save offline copy in the served app', { timeout: 240_000 }, () => {
  it('fetches the single file the build wrote beside the page and embeds the dataset opened', async () => {
    const base = inject('baseUrl');
    const page = await freshPage(true);
    // This run's served build is the app alone (no second build in the global setup): the
    // single file the build writes beside index.html is the run's shared build of it.
    await page.route(`${base}cooperation-atlas.html`, (route) => route.fulfill({ path: file }));
    await page.goto(base);
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
    await page.getByLabel('Open dataset').setInputFiles(FIXTURE.path);
    await expect.poll(() => page.locator('h1').textContent()).toBe(FIXTURE.title);
    const copy = await download(
      page,
      () => page.getByRole('button', { name: 'Save offline copy' }).click(),
      'served-copy.html',
    );

    const opened = await freshPage();
    await openFile(opened, copy);
    await expect(opened.locator('h1').textContent()).resolves.toBe(FIXTURE.title);
    await expect(
      partnerList(opened)
        .getByRole('button', { name: /^Ethiopia,/ })
        .count(),
    ).resolves.toBe(1);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
