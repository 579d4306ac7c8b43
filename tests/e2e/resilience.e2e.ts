import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { sharedOfflineBuild } from './offlineBuild';

/** What a failed view says in its place (src/i18n/offlineStrings.ts). */
const FAILED = 'This part of the atlas could not be shown. The rest of the page still works.';

let file = '';
let browser: Browser;
let contexts: BrowserContext[] = [];
let errors: string[] = [];

beforeAll(async () => {
  // The run's shared test build: it can make one view throw while rendering (src/ui/testFault.tsx).
  file = await sharedOfflineBuild();
  browser = await chromium.connect(inject('wsEndpoint'));
}, 420_000);

afterAll(async () => {
  await browser.close();
});

beforeEach(() => {
  errors = [];
});

afterEach(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  contexts = [];
});

/** A fresh context and page of `on` (default: the shared browser), `init` run before any script. */
async function freshPage(init?: string, on: Browser = browser): Promise<Page> {
  const context = await on.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}

async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`${pathToFileURL(file).href}${search}`);
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
}

const summary = (p: Page) => p.getByRole('status', { name: 'Summary' }).textContent();
const renderer = (p: Page) =>
  p.getByRole('region', { name: 'World map' }).getAttribute('data-map-renderer');

/** Opens Kazakhstan's details from the partner list and reads its first quote. */
async function kazakhstanDetailsWork(page: Page): Promise<void> {
  await page
    .getByRole('list', { name: 'Partner countries' })
    .getByRole('button', { name: /^Kazakhstan,/ })
    .click();
  await expect
    .poll(() =>
      page.getByRole('region', { name: 'Kazakhstan details' }).locator('blockquote').count(),
    )
    .toBe(10);
}

describe('a view that fails', { timeout: 240_000 }, () => {
  it('shows a calm message in the partner chart’s place while the map, list, details and filters work', async () => {
    const page = await freshPage("window.__atlasFault = 'partnerChart';");
    await open(page);
    const failed = page.getByRole('region', { name: 'Activities by partner' });
    await expect(failed.getByRole('alert').textContent()).resolves.toBe(FAILED);
    await expect(page.getByRole('img', { name: 'Activities by partner' }).count()).resolves.toBe(0);
    await expect(page.getByRole('img', { name: 'Activities per year' }).count()).resolves.toBe(1);
    await expect(renderer(page)).resolves.toBe('webgl');
    await kazakhstanDetailsWork(page);
    await page.getByRole('button', { name: 'Close details' }).click();
    await page
      .getByRole('group', { name: 'Regions' })
      .getByRole('checkbox', { name: 'Central Asia', exact: true })
      .uncheck();
    await expect.poll(() => summary(page)).toContain('12 partner countries');
    expect(errors).toEqual([]);
  });

  it('shows the message in Korean when the page is in Korean', async () => {
    const page = await freshPage("window.__atlasFault = 'details';");
    await open(page, '?lang=ko&country=KAZ');
    await expect
      .poll(() => page.getByRole('region', { name: '상세 정보' }).getByRole('alert').textContent())
      .toBe('아틀라스의 이 부분을 표시하지 못했습니다. 페이지의 나머지 부분은 계속 작동합니다.');
    await expect(page.getByRole('region', { name: '세계 지도' }).count()).resolves.toBe(1);
  });
});

describe('the map without WebGL', { timeout: 240_000 }, () => {
  it('opens on the SVG map when the browser has no WebGL at all', async () => {
    const noGl = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    try {
      const page = await freshPage(undefined, noGl);
      await open(page);
      await expect(renderer(page)).resolves.toBe('svg');
      await expect(
        page.getByRole('region', { name: 'World map' }).locator('svg path').count(),
      ).resolves.toBeGreaterThan(100);
      await kazakhstanDetailsWork(page);
      expect(errors).toEqual([]);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
      contexts = [];
      await noGl.close();
    }
  });

  it('ends on the SVG map when the WebGL context is lost mid-session', async () => {
    const page = await freshPage();
    await open(page);
    await expect(renderer(page)).resolves.toBe('webgl');
    await page
      .getByRole('region', { name: 'World map' })
      .locator('canvas')
      .first()
      .evaluate((canvas: HTMLCanvasElement) => {
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        gl?.getExtension('WEBGL_lose_context')?.loseContext();
      });
    await expect.poll(() => renderer(page)).toBe('svg');
    await expect
      .poll(() => page.getByRole('region', { name: 'World map' }).locator('svg path').count())
      .toBeGreaterThan(100);
    await kazakhstanDetailsWork(page);
  });
});

describe('the map whose worker is blocked', { timeout: 240_000 }, () => {
  it('ends on the SVG map when MapLibre’s worker cannot load (served page)', async () => {
    const page = await freshPage();
    await page.route('**/maplibre-gl-worker*', (route) => route.abort());
    await page.goto(inject('baseUrl'));
    await expect.poll(() => renderer(page), { timeout: 90_000 }).toBe('svg');
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
    await expect
      .poll(() => page.getByRole('region', { name: 'World map' }).locator('svg path').count())
      .toBeGreaterThan(100);
    await kazakhstanDetailsWork(page);
  });
});

describe('storage that is forbidden or full', { timeout: 240_000 }, () => {
  it('keeps the page and its scenes working when reading localStorage throws', async () => {
    const page = await freshPage(
      "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });",
    );
    await open(page);
    await page.getByRole('textbox', { name: 'Scene title' }).fill('Kept for this page');
    await page.getByRole('button', { name: 'Save scene' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('list', { name: 'Scenes' })
          .getByRole('button', { name: 'Kept for this page', exact: true })
          .count(),
      )
      .toBe(1);
    await kazakhstanDetailsWork(page);
    expect(errors).toEqual([]);
  });

  it('keeps the page and its scenes working when the storage is full', async () => {
    const page = await freshPage(
      "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    await open(page);
    await page.getByRole('textbox', { name: 'Scene title' }).fill('Kept though full');
    await page.getByRole('button', { name: 'Save scene' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('list', { name: 'Scenes' })
          .getByRole('button', { name: 'Kept though full', exact: true })
          .count(),
      )
      .toBe(1);
    await kazakhstanDetailsWork(page);
    expect(errors).toEqual([]);
  });
});
