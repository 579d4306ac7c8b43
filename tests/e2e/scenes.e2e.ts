import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Scene } from '../../src/state/scenes';
import { encodeScenes } from '../../src/state/scenesLink';
import { saved } from './session';

// Scenes and the briefing on the bundled dataset. Expected figures were counted by hand from
// data/cooperation.json (jq over dates and partners, ASEAN = 10 members):
//   2019 alone: 27 activities, 13 partner countries;
//   digital health from 2020: 2 activities (ASEAN twice, the Philippines) = 10 partner countries;
//   everything (the Uzbekistan scene): 41 activities, 15 partner countries.

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser.close();
});

/** A fresh context (own localStorage) and page; reduced motion makes camera moves immediate. */
async function freshPage(
  options: {
    reducedMotion?: 'reduce';
    init?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<Page> {
  context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  if (options.init) await context.addInitScript({ content: options.init });
  return context.newPage();
}

/** This machine is shared and slow at times: the map may take long to settle. */
const SLOW = 240_000;

async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
}

async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`${baseUrl}${search}`);
  await waitForMapIdle(page);
}

async function saveScene(page: Page, title: string, notes = ''): Promise<void> {
  await page.getByRole('textbox', { name: 'Scene title' }).fill(title);
  if (notes) await page.getByRole('textbox', { name: 'Scene notes' }).fill(notes);
  await page.getByRole('button', { name: 'Save scene' }).click();
}

function sceneTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Scenes' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => li.querySelector('.scene-open')?.textContent ?? '(editing)'),
    );
}

const sceneStatus = (page: Page) => page.getByRole('status', { name: 'Scene' });
const summary = (page: Page) => page.getByRole('status', { name: 'Summary' }).textContent();
const slider = (page: Page, name: string) =>
  page.getByRole('slider', { name }).getAttribute('aria-valuenow');
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** A stored briefing written by hand in the versioned format. */
const STORED = JSON.stringify({
  format: 'cooperation-atlas-scenes',
  version: 1,
  scenes: [
    {
      id: 's1',
      title: 'Whole reach in 2019',
      notes: 'Open with the map.',
      view: '?to=2019',
      camera: null,
    },
    {
      id: 's2',
      title: 'Digital health since 2020',
      notes: '',
      view: '?from=2020&sectors=digital-health',
      camera: null,
    },
    { id: 's3', title: 'Uzbekistan', notes: '', view: '?country=UZB', camera: null },
  ],
});
const seed = (value: string) =>
  `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('cooperation-atlas.scenes', ${JSON.stringify(value)}); }`;

describe('scenes', () => {
  it(
    'three saved scenes survive a reload, and PageDown/PageUp/Home/End present them',
    async () => {
      const page = await freshPage({ reducedMotion: 'reduce' });
      await open(page, '?from=2019&to=2019');
      await saveScene(page, 'Whole reach in 2019', 'Open with the map.');
      await open(page, '?from=2020&sectors=digital-health');
      await saveScene(page, 'Digital health since 2020');
      await open(page, '?country=UZB');
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await waitForMapIdle(page);
      const zoom = await page.evaluate(() => window.__atlasMap?.getZoom() ?? -1);
      await saveScene(page, 'Uzbekistan');

      await open(page);
      expect(await sceneTitles(page)).toEqual([
        'Whole reach in 2019',
        'Digital health since 2020',
        'Uzbekistan',
      ]);

      await page.keyboard.press('p');
      await page.keyboard.press('PageDown');
      await expect.poll(() => sceneStatus(page).textContent()).toBe('1 / 3 · Whole reach in 2019');
      await expect.poll(() => summary(page)).toContain('27 activities');
      expect(await summary(page)).toContain('13 partner countries');
      expect(await slider(page, 'From year')).toBe('2019');
      expect(await slider(page, 'To year')).toBe('2019');
      expect([param(page, 'from'), param(page, 'to'), param(page, 'country')]).toEqual([
        null,
        '2019',
        null,
      ]);

      await page.keyboard.press('PageDown');
      await expect
        .poll(() => sceneStatus(page).textContent())
        .toBe('2 / 3 · Digital health since 2020');
      await expect.poll(() => summary(page)).toContain('2 activities');
      expect(await summary(page)).toContain('10 partner countries');
      expect(await slider(page, 'From year')).toBe('2020');
      expect(await slider(page, 'To year')).toBe('2024');
      expect(param(page, 'sectors')).toBe('digital-health');

      await page.keyboard.press('PageDown');
      await expect.poll(() => sceneStatus(page).textContent()).toBe('3 / 3 · Uzbekistan');
      await expect.poll(() => summary(page)).toContain('41 activities');
      expect(await summary(page)).toContain('15 partner countries');
      expect(await slider(page, 'From year')).toBe('2019');
      expect(param(page, 'country')).toBe('UZB');
      expect(param(page, 'sectors')).toBeNull();
      // The camera is where it was saved (zoomed in once from the partners' frame).
      await expect
        .poll(() => page.evaluate(() => window.__atlasMap?.getZoom() ?? -1))
        .toBeCloseTo(zoom, 1);

      await page.keyboard.press('PageDown');
      expect(await sceneStatus(page).textContent()).toBe('3 / 3 · Uzbekistan');
      await page.keyboard.press('PageUp');
      await expect
        .poll(() => sceneStatus(page).textContent())
        .toBe('2 / 3 · Digital health since 2020');
      await page.keyboard.press('Home');
      await expect.poll(() => sceneStatus(page).textContent()).toBe('1 / 3 · Whole reach in 2019');
      await page.keyboard.press('End');
      await expect.poll(() => sceneStatus(page).textContent()).toBe('3 / 3 · Uzbekistan');

      // ← still steps the To year; the view is then no longer the scene, so no scene is named.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slider(page, 'To year')).toBe('2023');
      await expect.poll(() => sceneStatus(page).count()).toBe(0);

      const black = page.getByRole('status', { name: /Screen blacked out/ });
      await page.keyboard.press('b');
      await expect.poll(() => black.count()).toBe(1);
      expect(await black.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        'rgb(0, 0, 0)',
      );
      await page.keyboard.press('x');
      await expect.poll(() => black.count()).toBe(0);
      await page.keyboard.press('.');
      await expect.poll(() => black.count()).toBe(1);
      await page.keyboard.press('PageDown');
      await expect.poll(() => black.count()).toBe(0);
      // That PageDown only brought the screen back.
      expect(await sceneStatus(page).count()).toBe(0);
      expect(await slider(page, 'To year')).toBe('2023');

      // The scene's country: its details show once the presentation ends.
      await page.getByRole('button', { name: 'Exit presentation' }).click();
      const details = page.getByRole('region', { name: 'Uzbekistan details' });
      await expect.poll(() => details.count()).toBe(1);
      expect(await details.textContent()).toContain('Korea-Uzbekistan Healthcare Policy Forum');
    },
    SLOW,
  );

  it(
    'without scenes, PageUp in presentation mode still steps the To year',
    async () => {
      const page = await freshPage();
      await open(page);
      await page.keyboard.press('p');
      await page.keyboard.press('PageUp');
      await expect.poll(() => slider(page, 'To year')).toBe('2023');
      expect(await sceneStatus(page).count()).toBe(0);
    },
    SLOW,
  );

  it(
    'scenes are reordered, renamed and deleted, and the order is kept',
    async () => {
      const page = await freshPage({ init: seed(STORED) });
      await open(page);
      await page.getByRole('button', { name: 'Move Uzbekistan up' }).click();
      await page.getByRole('button', { name: 'Rename Whole reach in 2019' }).click();
      const rename = page.getByRole('textbox', { name: 'New title for Whole reach in 2019' });
      await rename.fill('Where we work');
      await rename.press('Enter');
      await page.getByRole('button', { name: 'Delete Digital health since 2020' }).click();
      expect(await sceneTitles(page)).toEqual(['Where we work', 'Uzbekistan']);
      await open(page);
      expect(await sceneTitles(page)).toEqual(['Where we work', 'Uzbekistan']);
      await page.getByRole('button', { name: 'Uzbekistan', exact: true }).click();
      await expect
        .poll(() => page.getByRole('region', { name: 'Uzbekistan details' }).count())
        .toBe(1);
    },
    SLOW,
  );

  it(
    'Export scenes writes the versioned file and Import scenes reads it in another browser',
    async () => {
      const page = await freshPage({ init: seed(STORED) });
      await open(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export scenes' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('cooperation-atlas-scenes.json');
      const file: unknown = JSON.parse((await saved(download)).toString('utf8'));
      expect(file).toMatchObject({ format: 'cooperation-atlas-scenes', version: 1 });
      const dir = mkdtempSync(join(tmpdir(), 'atlas-scenes-'));
      const path = join(dir, 'cooperation-atlas-scenes.json');
      writeFileSync(path, JSON.stringify(file));
      await context?.close();

      const other = await freshPage();
      await open(other);
      expect(await sceneTitles(other)).toEqual([]);
      await other.getByLabel('Import scenes').setInputFiles(path);
      await expect
        .poll(() => sceneTitles(other))
        .toEqual(['Whole reach in 2019', 'Digital health since 2020', 'Uzbekistan']);
      expect(await other.getByRole('status').filter({ hasText: 'Imported 3 scenes' }).count()).toBe(
        1,
      );

      // A malformed file: every problem with its path, and the list stays as it was.
      const bad = join(dir, 'bad.json');
      writeFileSync(
        bad,
        JSON.stringify({
          format: 'cooperation-atlas-scenes',
          version: 1,
          scenes: [{ id: 'a', title: '', view: 'from=2019' }, 7],
        }),
      );
      await other.getByLabel('Import scenes').setInputFiles(bad);
      const alert = other.getByRole('alert').filter({ hasText: 'bad.json could not be imported' });
      await expect.poll(() => alert.count()).toBe(1);
      const text = await alert.textContent();
      expect(text).toContain('scenes[0].title: must not be empty');
      expect(text).toContain('scenes[0].view: must be a query string starting with "?"');
      expect(text).toContain('scenes[1]: must be an object');
      expect(await sceneTitles(other)).toHaveLength(3);

      const notJson = join(dir, 'notes.json');
      writeFileSync(notJson, 'not { json');
      await other.getByLabel('Import scenes').setInputFiles(notJson);
      await expect
        .poll(() =>
          other
            .getByRole('alert')
            .filter({ hasText: 'notes.json could not be imported' })
            .textContent(),
        )
        .toContain('is not JSON');
      expect(await sceneTitles(other)).toHaveLength(3);
    },
    SLOW,
  );

  it(
    'a corrupt stored entry gives a notice and the atlas still starts and saves scenes',
    async () => {
      const page = await freshPage({
        init: seed('{"format": "cooperation-atlas-scenes", "version": 1, "scenes": [{'),
      });
      await open(page);
      const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
      await expect.poll(() => alert.count()).toBe(1);
      expect(await page.getByRole('status', { name: 'Summary' }).textContent()).toContain(
        '41 activities',
      );
      await saveScene(page, 'A fresh start');
      expect(await sceneTitles(page)).toEqual(['A fresh start']);
    },
    SLOW,
  );

  it(
    'a browser that forbids storage keeps scenes for the page and says so',
    async () => {
      const page = await freshPage({
        init: `Storage.prototype.getItem = () => { throw new DOMException('denied', 'SecurityError'); };
        Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };`,
      });
      await open(page);
      await saveScene(page, 'Kept for now');
      expect(await sceneTitles(page)).toEqual(['Kept for now']);
      await expect
        .poll(() =>
          page
            .getByRole('alert')
            .filter({ hasText: 'does not let the atlas store scenes' })
            .count(),
        )
        .toBe(1);
    },
    SLOW,
  );

  it(
    'Copy link carries the briefing: the #scenes= link opens the same scenes in a new browser',
    async () => {
      const page = await freshPage({ init: seed(STORED) });
      await context?.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseUrl).origin,
      });
      await open(page, '?from=2020');
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count())
        .toBe(1);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/\?from=2020#scenes=[jz][A-Za-z0-9_-]+$/);
      expect(new URL(page.url()).hash).toBe('');
      await context?.close();

      const other = await freshPage();
      await other.goto(link);
      await waitForMapIdle(other);
      await expect
        .poll(() => sceneTitles(other))
        .toEqual(['Whole reach in 2019', 'Digital health since 2020', 'Uzbekistan']);
      expect(
        await other.getByRole('slider', { name: 'From year' }).getAttribute('aria-valuenow'),
      ).toBe('2020');
      await other.keyboard.press('p');
      await other.keyboard.press('PageDown');
      await expect.poll(() => sceneStatus(other).textContent()).toBe('1 / 3 · Whole reach in 2019');
    },
    SLOW,
  );

  it(
    'the Scene status forgets a scene once the view changes, and the clicker starts at scene 1',
    async () => {
      const page = await freshPage({ init: seed(STORED), reducedMotion: 'reduce' });
      await open(page);
      // Preparing: scene 2 opened, then the filters reset, then the whole view saved as a scene.
      await page.getByRole('button', { name: 'Digital health since 2020', exact: true }).click();
      await expect.poll(() => slider(page, 'From year')).toBe('2020');
      await page.getByRole('button', { name: 'Reset filters' }).click();
      await expect.poll(() => param(page, 'sectors')).toBeNull();
      await saveScene(page, 'Everything');
      await page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      });
      await waitForMapIdle(page);

      await page.keyboard.press('p');
      await expect
        .poll(() => page.getByRole('button', { name: 'Exit presentation' }).count())
        .toBe(1);
      expect(await sceneStatus(page).count()).toBe(0);
      await page.keyboard.press('PageDown');
      await expect.poll(() => sceneStatus(page).textContent()).toBe('1 / 4 · Whole reach in 2019');
      await page.keyboard.press('PageDown');
      await expect
        .poll(() => sceneStatus(page).textContent())
        .toBe('2 / 4 · Digital health since 2020');

      // ← changes the years: no scene is named, and the clicker carries on after scene 2.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => sceneStatus(page).count()).toBe(0);
      await page.keyboard.press('PageDown');
      await expect.poll(() => sceneStatus(page).textContent()).toBe('3 / 4 · Uzbekistan');
      await waitForMapIdle(page);
      expect(await sceneStatus(page).textContent()).toBe('3 / 4 · Uzbekistan');

      // A camera move by the user forgets the scene too; PageUp goes back to it.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => sceneStatus(page).count()).toBe(0);
      await page.keyboard.press('PageUp');
      await expect.poll(() => sceneStatus(page).textContent()).toBe('3 / 4 · Uzbekistan');
      await waitForMapIdle(page);
      expect(await sceneStatus(page).textContent()).toBe('3 / 4 · Uzbekistan');
    },
    SLOW,
  );

  it(
    'a shared #scenes= link shows its scenes without touching the ones stored in this browser',
    async () => {
      const theirs: Scene[] = [
        { id: 's1', title: 'Their opening', notes: '', view: '?to=2020', camera: null },
        { id: 's2', title: 'Their close-up', notes: '', view: '?country=UZB', camera: null },
      ];
      const hash = `#scenes=${await encodeScenes(theirs)}`;
      const page = await freshPage({ init: seed(STORED) });
      const stored = () => page.evaluate(() => localStorage.getItem('cooperation-atlas.scenes'));
      await open(page, `?from=2019${hash}`);
      await expect.poll(() => sceneTitles(page)).toEqual(['Their opening', 'Their close-up']);
      // The notice saying so fades after a few seconds; the note above the list stays.
      expect(await page.locator('.scene-link p').textContent()).toBe(
        'These scenes come from a link and are not saved in this browser; your 3 saved scenes are unchanged. Keeping these replaces them.',
      );

      await page.getByRole('button', { name: 'Rename Their close-up' }).click();
      const rename = page.getByRole('textbox', { name: 'New title for Their close-up' });
      await rename.fill('Close-up');
      await rename.press('Enter');
      await page.getByRole('button', { name: 'Move Close-up up' }).click();
      expect(await sceneTitles(page)).toEqual(['Close-up', 'Their opening']);
      expect(await stored()).toBe(STORED);

      await page.getByRole('button', { name: 'Back to my scenes' }).click();
      expect(await sceneTitles(page)).toEqual([
        'Whole reach in 2019',
        'Digital health since 2020',
        'Uzbekistan',
      ]);
      expect(new URL(page.url()).hash).toBe('');
      expect(await stored()).toBe(STORED);

      // The link again, kept this time: it takes the place of the stored scenes, and says so.
      await open(page, `?from=2020${hash}`);
      await expect.poll(() => sceneTitles(page)).toEqual(['Their opening', 'Their close-up']);
      await page.getByRole('button', { name: 'Keep these scenes' }).click();
      const kept = page.getByRole('status').filter({ hasText: "Kept the link's 2 scenes" });
      await expect
        .poll(() => kept.textContent())
        .toContain("Kept the link's 2 scenes in this browser, in place of your 3 saved scenes.");
      const keptEntry: unknown = JSON.parse((await stored()) ?? 'null');
      expect(keptEntry).toEqual({ format: 'cooperation-atlas-scenes', version: 1, scenes: theirs });

      // Import scenes replaces the list, and its notice says what it replaced.
      const path = join(mkdtempSync(join(tmpdir(), 'atlas-scenes-')), 'mine.json');
      writeFileSync(path, STORED);
      await page.getByLabel('Import scenes').setInputFiles(path);
      const replaced = page.getByRole('status').filter({ hasText: 'Replaced your' });
      await expect
        .poll(() => replaced.textContent())
        .toContain('Replaced your 2 saved scenes with the 3 scenes imported from mine.json.');
      expect(JSON.parse((await stored()) ?? 'null')).toEqual(JSON.parse(STORED));
    },
    SLOW,
  );
});
