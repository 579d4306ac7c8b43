import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

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
