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
import { afterAll, beforeAll, inject } from 'vitest';
import { countryName } from './expected';

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

/** One page per test file, reused across its tests (2-core machine). */
export function useE2E(viewport = { width: 1280, height: 800 }): E2ESession {
  const s = { baseUrl: inject('baseUrl'), foreign: [], errors: [] } as unknown as E2ESession;
  beforeAll(async () => {
    s.browser = await chromium.connect(inject('wsEndpoint'));
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
  afterAll(async () => {
    await s.context.close();
    await s.browser.close();
  });
  return s;
}

/** Opens the app at `search` and waits until the map has painted the latest state. */
export async function openApp(s: E2ESession, search = ''): Promise<void> {
  await s.page.goto(`${s.baseUrl}${search}`);
  await waitForMapIdle(s.page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 20_000 });
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

/**
 * Reads a PNG in the page: how many distinct colours (4 bits a channel) every `step`-th pixel of
 * `box` (default: all of it) shows, and how many of its pixels are within 10 of `near` (#rrggbb).
 */
export function pngColours(
  page: Page,
  png: Buffer,
  options: { readonly step: number; readonly box?: Box; readonly near?: string },
): Promise<{ distinct: number; near: number }> {
  return page.evaluate(
    async ({ b64, step, box, near }) => {
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
      const seen = new Set<string>();
      for (let i = 0; i < d.length; i += 4 * step)
        seen.add(`${d[i]! >> 4},${d[i + 1]! >> 4},${d[i + 2]! >> 4}`);
      let close = 0;
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
    },
    { b64: png.toString('base64'), step: options.step, box: options.box, near: options.near },
  );
}
