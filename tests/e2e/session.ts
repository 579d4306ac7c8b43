import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { countryName, FIXTURE } from './expected';

export interface E2ESession {
  readonly baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request the page made to another origin. */
  foreign: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/**
 * A fresh browser context and page for every test (created in `beforeEach`, closed in
 * `afterEach`), so no test depends on what another left behind and their order does not matter.
 * The Chromium connection is shared by the file's tests (2-core machine). `foreign` and `errors`
 * are emptied before each test.
 */
export function useE2E(viewport = { width: 1280, height: 800 }): E2ESession {
  const s = { baseUrl: inject('baseUrl'), foreign: [], errors: [] } as unknown as E2ESession;
  beforeAll(async () => {
    s.browser = await chromium.connect(inject('wsEndpoint'));
  });
  beforeEach(async () => {
    s.foreign.length = 0;
    s.errors.length = 0;
    s.context = await s.browser.newContext({ viewport, acceptDownloads: true });
    s.page = await s.context.newPage();
    const origin = new URL(s.baseUrl).origin;
    s.page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
        s.foreign.push(u);
    });
    s.page.on('pageerror', (e) => s.errors.push(String(e)));
    s.page.on('console', (m) => {
      if (m.type() === 'error') s.errors.push(m.text());
    });
  });
  afterEach(async () => {
    await s.context.close();
  });
  afterAll(async () => {
    await s.browser.close();
  });
  return s;
}

/** Opens the app at `search` and waits until the map has painted the latest state. */
export async function openApp(s: E2ESession, search = ''): Promise<void> {
  await s.page.goto(`${s.baseUrl}${search}`);
  await waitForMapIdle(s.page);
}

/**
 * Opens a dataset file through the `Open dataset` file input, as a visitor would, and waits until
 * the page shows it: the heading reads `title` (by default, for a `.json` file, its `title.en`)
 * and the map is idle.
 */
export async function openDataset(page: Page, path: string, title?: string): Promise<void> {
  const heading = title ?? (path.endsWith('.json') ? jsonTitle(path) : undefined);
  await page.getByLabel('Open dataset').setInputFiles(path);
  if (heading !== undefined)
    await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
  await waitForMapIdle(page);
}

/** A dataset file's English title, when it has one. */
function jsonTitle(path: string): string | undefined {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const title: unknown =
    typeof raw === 'object' && raw !== null && 'title' in raw ? raw.title : undefined;
  const en: unknown =
    typeof title === 'object' && title !== null && 'en' in title ? title.en : undefined;
  return typeof en === 'string' ? en : undefined;
}

/** Opens the app, then the test fixture (tests/fixtures/atlas-fixture.json) through the file input. */
export async function openFixture(s: E2ESession): Promise<void> {
  await openApp(s);
  await openDataset(s.page, FIXTURE.path, FIXTURE.title);
  await expectSummary(s.page, FIXTURE.activities, FIXTURE.partnerCountries);
}

/** The Summary status's text. */
export async function summaryOf(page: Page): Promise<string> {
  return (await page.getByRole('status', { name: 'Summary' }).textContent()) ?? '';
}

/**
 * Every count the Summary states (its figures and its sentence), each list de-duplicated: a figure
 * that disagrees with the sentence shows up as two numbers.
 */
export async function summaryCounts(
  page: Page,
): Promise<{ activities: number[]; partnerCountries: number[] }> {
  const text = await summaryOf(page);
  const numbers = (re: RegExp) =>
    [...new Set([...text.matchAll(re)].map((m) => Number((m[1] ?? '').replace(/,/g, ''))))].sort(
      (a, b) => a - b,
    );
  return {
    activities: numbers(/(\d[\d,]*) activit/g),
    partnerCountries: numbers(/(\d[\d,]*) partner countr/g),
  };
}

/** Waits until every count the Summary states is `n` activities and `m` partner countries. */
export async function expectSummary(page: Page, n: number, m: number): Promise<void> {
  await expect.poll(() => summaryCounts(page)).toEqual({ activities: [n], partnerCountries: [m] });
}

/** The partner list's button names, in order. */
export function partnerNames(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Partner countries' })
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent));
}

export async function waitForMapIdle(page: Page): Promise<void> {
  // Generous: on a busy 2-core machine the first idle can take half a minute.
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 45_000 });
}

/** The downloaded file's bytes: downloads live in the remote browser; saveAs streams a copy. */
export async function saved(download: Download): Promise<Buffer> {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-dl-')), download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

/** A country's button in the partner list (its name starts with the country's English name). */
export function partnerButton(page: Page, iso3: string): Locator {
  return page
    .getByRole('list', { name: 'Partner countries' })
    .getByRole('button', { name: new RegExp(`^${countryName(iso3)},`) });
}

/** A country's details region. */
export function detailsOf(page: Page, iso3: string): Locator {
  return page.getByRole('region', { name: `${countryName(iso3)} details` });
}

/** A box in an image, px from its top-left corner. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An image's pixels, RGBA, row by row. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * Decodes a PNG in the page (Chromium's own decoder, as a user's browser would show it) and returns
 * the pixels of `box` (default: all of it), for the checks below to count in Node.
 */
export async function pngPixels(page: Page, png: Buffer, box?: Box): Promise<Pixels> {
  const { width, height, b64 } = await page.evaluate(
    async ({ b64, box }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const b = box ?? { x: 0, y: 0, width: c.width, height: c.height };
      const d = ctx.getImageData(b.x, b.y, b.width, b.height).data;
      // As a binary string in chunks (one call per pixel row would overflow no stack, but is slow).
      let bytes = '';
      for (let i = 0; i < d.length; i += 0x8000)
        bytes += String.fromCharCode(...d.subarray(i, i + 0x8000));
      return { width: b.width, height: b.height, b64: btoa(bytes) };
    },
    { b64: png.toString('base64'), box },
  );
  return { width, height, data: new Uint8Array(Buffer.from(b64, 'base64')) };
}

/**
 * Reads a PNG: how many distinct colours (4 bits a channel) every `step`-th pixel of `box`
 * (default: all of it) shows, and how many of its pixels are within 10 of `near` (#rrggbb).
 */
export async function pngColours(
  page: Page,
  png: Buffer,
  options: { readonly step: number; readonly box?: Box; readonly near?: string },
): Promise<{ distinct: number; near: number }> {
  const { data: d } = await pngPixels(page, png, options.box);
  const seen = new Set<string>();
  for (let i = 0; i < d.length; i += 4 * options.step)
    seen.add(`${d[i]! >> 4},${d[i + 1]! >> 4},${d[i + 2]! >> 4}`);
  let close = 0;
  const { near } = options;
  if (near) {
    const [r, g, bl] = [1, 3, 5].map((k) => parseInt(near.slice(k, k + 2), 16));
    for (let i = 0; i < d.length; i += 4) {
      if (
        Math.abs(d[i]! - r!) < 10 &&
        Math.abs(d[i + 1]! - g!) < 10 &&
        Math.abs(d[i + 2]! - bl!) < 10
      )
        close++;
    }
  }
  return { distinct: seen.size, near: close };
}

/**
 * How sharp a PNG's `box` is: among neighbouring pixel pairs that differ (by more than 8 in mean
 * channel value), the step that only 1 % of them exceed. A crisp edge steps from one colour to the
 * other within a pixel or two; a picture scaled up softens the same edge into smaller steps.
 */
export async function pngEdgeStep(page: Page, png: Buffer, box: Box): Promise<number> {
  const { width, height, data: d } = await pngPixels(page, png, box);
  const steps: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x + 1 < width; x++) {
      const i = (y * width + x) * 4;
      const step = Math.abs(d[i]! + d[i + 1]! + d[i + 2]! - d[i + 4]! - d[i + 5]! - d[i + 6]!);
      if (step / 3 > 8) steps.push(step / 3);
    }
  }
  steps.sort((p, q) => p - q);
  return steps[Math.floor(steps.length * 0.99)] ?? 0;
}

/** A point in an image, px from its top-left corner. */
export interface Pixel {
  readonly x: number;
  readonly y: number;
}

/**
 * The colour (`#rrggbb`) most pixels show in a (2r+1)² square around each point of a PNG (an arc,
 * a border or a label edge crossing the square does not change the answer); null off the image.
 */
export async function dominantColours(
  page: Page,
  png: Buffer,
  points: readonly Pixel[],
  r = 3,
): Promise<(string | null)[]> {
  const { width, height, data: d } = await pngPixels(page, png);
  const hex = (i: number) =>
    `#${[d[i]!, d[i + 1]!, d[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return points.map(({ x, y }) => {
    const [x0, y0] = [Math.round(x) - r, Math.round(y) - r];
    if (x0 < 0 || y0 < 0 || x0 + 2 * r >= width || y0 + 2 * r >= height) return null;
    const seen = new Map<string, number>();
    for (let py = y0; py <= y0 + 2 * r; py++) {
      for (let px = x0; px <= x0 + 2 * r; px++) {
        const k = hex((py * width + px) * 4);
        seen.set(k, (seen.get(k) ?? 0) + 1);
      }
    }
    return [...seen].sort((a, b) => b[1] - a[1])[0]![0];
  });
}

/** Whether two `#rrggbb` colours differ by at most `tolerance` in every channel. */
export function sameColour(a: string | null, b: string, tolerance = 6): boolean {
  if (!a) return false;
  return [1, 3, 5].every(
    (k) => Math.abs(parseInt(a.slice(k, k + 2), 16) - parseInt(b.slice(k, k + 2), 16)) <= tolerance,
  );
}
