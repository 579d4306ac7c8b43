import { chromium, type Browser, type Page } from 'playwright-core';
import bundledJson from '../../data/cooperation.json';
import { NO_FILTERS } from '../../src/data/filters';
import { selectView } from '../../src/data/selectView';
import { makeSyntheticDataset } from '../../src/data/synthetic';
import type { Dataset } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { bareMapUrl } from './buildBare';
import { benchRuns } from './only';
import type { BenchRow } from './printTable';
import { builtWorld, repaintPlan, togglePair, type BuiltWorld, type Repaint } from './repaintPlan';

/** Page loads of each kind (app, bare), interleaved so both meet the same machine. */
const LOADS = 5;
/** Filter changes per dataset, on each side. */
const TOGGLES = 30;
const VIEWPORT = { width: 1280, height: 800 } as const;
/** The performance mark the app (and the bare page) sets at the map's first `idle`. */
const IDLE_MARK = 'atlas:map-idle';

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const ms = (x: number): string =>
  x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`;

/**
 * Init script: records in `window.__benchPicture` the frame after the first one that holds a
 * complete map picture (the prerendered SVG map once its markup is parsed, the live SVG map, or
 * the WebGL map once idle). A string, so tsx's `__name` wrapping never reaches the page.
 */
const PICTURE_PROBE = `
window.__name = (f) => f;
window.__benchPicture = null;
(() => {
  const complete = () => {
    if (document.querySelector('[data-map-idle="true"], .atlas-map[data-map-picture]')) return true;
    if (document.querySelector('.atlas-map__svg svg')) return true;
    return !!document.querySelector('.map-placeholder svg') && document.readyState !== 'loading';
  };
  const tick = () => {
    if (complete()) requestAnimationFrame((t) => { window.__benchPicture = t; });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
`;

interface AppLoad {
  readonly idle: number;
  readonly picture: number;
  readonly fcp: number;
}

/** Opens a fresh page (own context) at `url`, runs `measure` on it, closes the context. */
export async function inFreshPage<T>(
  browser: Browser,
  url: string,
  measure: (p: Page) => Promise<T>,
) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PICTURE_PROBE });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** Milliseconds from navigation start to the map's first idle (its performance mark). */
async function idleMark(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
    IDLE_MARK,
    { timeout: 60_000 },
  );
  const t = await handle.jsonValue();
  if (typeof t !== 'number') throw new Error('no idle mark');
  return t;
}

async function appLoad(page: Page): Promise<AppLoad> {
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
  const idle = await idleMark(page);
  const picture = await page.waitForFunction(
    () => (window as { __benchPicture?: number | null }).__benchPicture ?? null,
  );
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  return { idle, picture: Number(await picture.jsonValue()), fcp };
}

/**
 * Clicks a sector checkbox and resolves, in ms, when the summary holds the new figures and the map
 * has fired `idle` after drawing the new feature state (charts and summary update in one React
 * commit; their eased transitions continue as animations and are not counted).
 */
export async function timeFilterChange(page: Page, index: number): Promise<number> {
  return page.evaluate(
    (i) =>
      new Promise<number>((resolve, reject) => {
        // A bench that fails says so rather than waiting for ever.
        setTimeout(() => {
          reject(new Error('filter change: summary or map not updated within 60 s'));
        }, 60_000);
        const box = document.querySelectorAll<HTMLInputElement>(
          'fieldset[aria-label="Sectors"] input[type=checkbox]',
        )[i];
        const map = document.querySelector('[data-map-idle]');
        const summary = document.querySelector('[aria-label="Summary"]')?.textContent;
        if (!box || !map) throw new Error('missing checkbox or map');
        const start = performance.now();
        let sawBusy = false;
        const check = () => {
          const idle = map.getAttribute('data-map-idle') === 'true';
          if (!idle) sawBusy = true;
          const changed = document.querySelector('[aria-label="Summary"]')?.textContent !== summary;
          if (changed && idle && sawBusy) {
            resolve(performance.now() - start);
            return true;
          }
          return false;
        };
        const obs = new MutationObserver(() => {
          if (check()) obs.disconnect();
        });
        obs.observe(document.body, {
          attributes: true,
          subtree: true,
          childList: true,
          characterData: true,
        });
        box.click();
      }),
    index,
  );
}

/** The app's filter changes on `dataset` (the bundled one when `upload` is false). */
async function appFilterChanges(
  page: Page,
  dataset: Dataset,
  upload: boolean,
  pair: readonly [number, number],
): Promise<number[]> {
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
  if (upload) {
    await page.getByLabel('Open dataset').setInputFiles({
      name: 'synthetic.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    const n = dataset.activities.length;
    await page
      .getByRole('status', { name: 'Summary' })
      .filter({ hasText: new RegExp(`${Math.floor(n / 1000)}[,. \u202f]?000 activities`) })
      .waitFor({ timeout: 60_000 });
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
  }
  const times: number[] = [];
  for (let i = 0; i < TOGGLES; i++)
    times.push(await timeFilterChange(page, i % 2 === 0 ? pair[0] : pair[1]));
  return times;
}

/** The bare page's repaints of the same countries, from the same starting picture. */
export async function bareRepaints(page: Page, initial: Repaint, plan: readonly Repaint[]) {
  await idleMark(page);
  const repaint = (states: Repaint) =>
    page.evaluate((s) => {
      const run = (window as { benchRepaint?: (x: typeof s) => Promise<number> }).benchRepaint;
      if (!run) throw new Error('bare page has no benchRepaint');
      return run(s);
    }, states);
  await repaint(initial);
  const times: number[] = [];
  for (const step of plan) times.push(await repaint(step));
  return times;
}

export function loadBundled(): Dataset {
  const result = validateDataset(bundledJson);
  if (!result.ok) throw new Error('the bundled dataset does not validate');
  return result.dataset;
}

/** All partners' counts with no filter: the picture both sides start from. */
function initialRepaint(dataset: Dataset, world: BuiltWorld): Repaint {
  return selectView(dataset, NO_FILTERS).partners.flatMap((p) => {
    const id = world.idByIso3.get(p.iso3);
    return id === undefined ? [] : [[id, p.count] as const];
  });
}

export function ratioRow(figure: string, app: number[], bare: number[], budget: number): BenchRow {
  const ratio = median(app) / median(bare);
  return {
    figure,
    measured: `${ratio.toFixed(2)} (app ${ms(median(app))}, bare ${ms(median(bare))}; p95 ${ms(quantile(app, 0.95))} / ${ms(quantile(bare, 0.95))})`,
    budget: `≤ ${budget}`,
    ok: ratio <= budget,
  };
}

/**
 * SPEC §7's browser figures, as ratios to a bare MapLibre page measured in the same run: first
 * load → map idle; first load → complete map picture / first contentful paint; filter change →
 * map and charts updated, on the bundled data and at 10 000 activities.
 */
export async function measureBrowser(baseUrl: string, outDir: string): Promise<BenchRow[]> {
  const world = builtWorld(outDir);
  const bundled = loadBundled();
  const synthetic = makeSyntheticDataset(10_000, 7);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // The reference draws at the app's map size, framed on the same partners.
    const area = await inFreshPage(browser, baseUrl, async (page) => {
      await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
      return page
        .locator('.map-area')
        .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    });
    const bareUrl = bareMapUrl(baseUrl, world.path, area, bundled);

    const loads: AppLoad[] = [];
    const bareLoads: number[] = [];
    for (let i = 0; i < (benchRuns('load') ? LOADS : 0); i++) {
      loads.push(await inFreshPage(browser, baseUrl, appLoad));
      bareLoads.push(await inFreshPage(browser, bareUrl, idleMark));
      const l = loads[i];
      console.log(
        `  load ${i + 1}/${LOADS}: app idle ${ms(l?.idle ?? NaN)} (picture ${ms(l?.picture ?? NaN)}, FCP ${ms(l?.fcp ?? NaN)}), bare idle ${ms(bareLoads[i] ?? NaN)}`,
      );
    }
    const rows: BenchRow[] = [];
    if (benchRuns('load'))
      rows.push(
        ratioRow(
          `first load → map idle, app / bare MapLibre (median of ${LOADS})`,
          loads.map((l) => l.idle),
          bareLoads,
          1.3,
        ),
      );
    const pictureRatios = loads.map((l) => l.picture / l.fcp);
    const pictureRatio = median(pictureRatios);
    if (benchRuns('load'))
      rows.push({
        figure: `first load → complete map picture / first contentful paint (median of ${LOADS})`,
        measured: `${pictureRatio.toFixed(2)} (picture ${ms(median(loads.map((l) => l.picture)))}, FCP ${ms(median(loads.map((l) => l.fcp)))})`,
        budget: '≤ 1.2',
        ok: pictureRatio <= 1.2,
      });

    for (const [name, dataset, upload] of benchRuns('filter')
      ? ([
          ['bundled data', bundled, false],
          ['10 000 activities', synthetic, true],
        ] as const)
      : []) {
      const pair = togglePair(dataset);
      const app = await inFreshPage(browser, baseUrl, (p) =>
        appFilterChanges(p, dataset, upload, pair),
      );
      const plan = repaintPlan(dataset, world, pair, TOGGLES);
      const bare = await inFreshPage(browser, bareUrl, (p) =>
        bareRepaints(p, initialRepaint(dataset, world), plan),
      );
      console.log(
        `  filter changes, ${name}: app median ${ms(median(app))}, bare ${ms(median(bare))}`,
      );
      rows.push(
        ratioRow(
          `filter change → map + charts, ${name}, app / bare repaint (median of ${TOGGLES})`,
          app,
          bare,
          1.5,
        ),
      );
    }
    return rows;
  } finally {
    await browser.close();
  }
}
