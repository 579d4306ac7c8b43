import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { makeSyntheticDataset } from '../../src/data/synthetic';
import type { Dataset } from '../../src/data/types';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { bareMapUrl } from './buildBare';
import type { BenchRow } from './printTable';
import { builtWorld } from './repaintPlan';
import { startTaskTrace, stopTaskTrace, type TracedTask } from './traceTasks';

const ACTIVITIES = 100_000;
const VIEWPORT = { width: 1280, height: 800 } as const;
/** Repaints of every country on the bare page. */
const BARE_REPAINTS = 6;
const TARGET_BYTES = 100 * 1024 * 1024;

/**
 * The test flags with GPU compositing instead of software compositing (SwiftShader doing both
 * WebGL and compositing in the GPU process, as a browser with a graphics card composites). Why:
 * under `--disable-gpu` the compositor reads the WebGL canvas back on the main thread every frame
 * and waits for SwiftShader to finish MapLibre's frame, which shows up as 150–600 ms "tasks".
 */
const GPU_COMPOSITING_ARGS = [
  ...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
];

/** Budgets of SPEC §7 this module measures. */
const LONGEST_TASK_MS = 100;

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
    __mapIdle?: { at: number; idle: boolean }[];
  }
}

/**
 * Every long task (> 50 ms) the page runs, and each time the map turns busy or idle
 * (`data-map-idle` changing), kept from the first script on.
 */
function watchLongTasks(): void {
  window.__longTasks = [];
  window.__mapIdle = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks?.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    const at = performance.now();
    records.forEach((r, k) => {
      // A record holds the old value only: the new one is the next record's old value, or the
      // attribute now.
      const next = records.slice(k + 1).find((n) => n.target === r.target);
      const value = next ? next.oldValue : (r.target as Element).getAttribute('data-map-idle');
      if (value !== r.oldValue) window.__mapIdle?.push({ at, idle: value === 'true' });
    });
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-map-idle'],
    attributeOldValue: true,
  });
}

/** Gives `Open dataset` a file by path (Chromium reads it from disk, as from a file picker). */
async function openByPath(page: Page, path: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector('input[type=file][aria-label="Open dataset"]')`,
  });
  if (!result.objectId) throw new Error('no Open dataset input');
  await cdp.send('DOM.setFileInputFiles', { files: [path], objectId: result.objectId });
  await cdp.detach();
}

/**
 * Opens `path` in a fresh page of the app at `url` through the file input and waits until the
 * summary shows `activities` activities: the time that took; and the longest main-thread task
 * (PerformanceObserver `longtask`, which reports tasks over 50 ms) from choosing the file until the
 * map has drawn the new data and is idle, so showing the dataset counts too; and, from a trace of
 * the same stretch, the longest task's wall and main-thread CPU time.
 */
async function openAndWatch(
  url: string,
  path: string,
  activities: number,
  args: readonly string[] = CHROMIUM_ARGS,
): Promise<{ ms: number; longestMs: number; traced: TracedTask; area: DOMRect }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...args] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(watchLongTasks);
    await page.goto(url);
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
    const t0 = await page.evaluate(() => performance.now());
    await startTaskTrace(browser, page);
    await openByPath(page, path);
    const figure = `${activities.toLocaleString('en-US')} activities`;
    await page.waitForFunction(
      (f) =>
        document.querySelector('[role="status"][aria-label="Summary"]')?.textContent.includes(f),
      figure,
      { timeout: 120_000, polling: 50 },
    );
    const t1 = await page.evaluate(() => performance.now());
    // The map drawing the new data: busy after the file was chosen, then idle again.
    await page.waitForFunction(
      (from) => {
        const changes = window.__mapIdle ?? [];
        const busy = changes.findIndex((c) => c.at > from && !c.idle);
        return busy >= 0 && changes.slice(busy).some((c) => c.idle);
      },
      t0,
      { timeout: 120_000, polling: 100 },
    );
    const longestMs = await longestTaskSince(page, t0);
    const traced = await stopTaskTrace(browser);
    const area = await page
      .locator('.map-area')
      .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    return { ms: t1 - t0, longestMs, traced, area };
  } finally {
    await browser.close();
  }
}

/** The longest task (ms) the page has run since `from` (its clock), once two frames have passed. */
async function longestTaskSince(page: Page, from: number): Promise<number> {
  // Two frames: the work of the last frame has ended.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const tasks = await page.evaluate(
    (t0) => (window.__longTasks ?? []).filter((t) => t.start >= t0),
    from,
  );
  return Math.max(0, ...tasks.map((t) => t.duration));
}

/**
 * The longest task of the bare MapLibre page (same map size, same framing) while it repaints
 * every country `BARE_REPAINTS` times, each with new `count` states: what one frame of a WebGL map
 * costs the main thread under `args` with no app around it, the floor under the longest task of
 * opening a dataset, which ends with the map drawing the new data.
 */
async function bareRepaintLongest(
  url: string,
  countryIds: readonly number[],
  args: readonly string[],
): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...args] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(watchLongTasks);
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas:map-idle').length > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    const t0 = await page.evaluate(() => performance.now());
    for (let i = 0; i < BARE_REPAINTS; i++) {
      const states = countryIds.map((id, k) => [id, (k + i) % 25] as const);
      await page.evaluate((s) => window.benchRepaint?.(s), states);
    }
    return await longestTaskSince(page, t0);
  } finally {
    await browser.close();
  }
}

/** The synthetic dataset with each quote lengthened so the file reaches about `bytes`. */
function padded(d: Dataset, bytes: number): Dataset {
  const extra = Math.max(0, Math.floor((bytes - JSON.stringify(d).length) / d.activities.length));
  const tail = ' Lorem ipsum dolor sit amet, consectetur adipiscing elit.'
    .repeat(Math.ceil(extra / 57))
    .slice(0, extra);
  return { ...d, activities: d.activities.map((a) => ({ ...a, quote: `${a.quote}${tail}` })) };
}

/** A traced task as "CPU x of y ms": how much of its wall time the main thread ran. */
const cpuOf = (t: TracedTask): string =>
  `main-thread CPU ${t.cpuMs.toFixed(0)} of ${t.wallMs.toFixed(0)} ms in a trace`;

const format = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/**
 * SPEC §7: the longest main-thread task while opening a 100 MB dataset through `Open dataset`
 * (budget 100 ms), and, for information, the time from choosing a 100 000-activity file to the
 * summary showing it (the data-layer figure times load + validate alone).
 */
export async function measureOpenDataset(url: string, outDir: string): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-open-bench-'));
  try {
    const dataset = makeSyntheticDataset(ACTIVITIES, 1);
    const small = join(dir, 'activities-100k.json');
    writeFileSync(small, JSON.stringify(dataset));
    const big = join(dir, 'dataset-100mb.json');
    writeFileSync(big, JSON.stringify(padded(dataset, TARGET_BYTES)));
    const mb = (statSync(big).size / (1024 * 1024)).toFixed(0);
    const open100k = await openAndWatch(url, small, ACTIVITIES);
    const open100mb = await openAndWatch(url, big, ACTIVITIES);
    const open100mbGpu = await openAndWatch(url, big, ACTIVITIES, GPU_COMPOSITING_ARGS);
    const world = builtWorld(outDir);
    const bareUrl = bareMapUrl(url, world.path, open100mb.area, dataset);
    const ids = [...world.idByIso3.values()];
    const bare = await bareRepaintLongest(bareUrl, ids, CHROMIUM_ARGS);
    const bareGpu = await bareRepaintLongest(bareUrl, ids, GPU_COMPOSITING_ARGS);
    return [
      {
        figure: `Open dataset, ${ACTIVITIES.toLocaleString('en-US')} activities: file chosen → summary shown`,
        measured: format(open100k.ms),
        budget: '—',
        ok: true,
      },
      {
        figure: `longest main-thread task while opening a ${mb} MB dataset (${format(open100mb.ms)} to open)`,
        measured: `${format(open100mb.longestMs)} (${cpuOf(open100mb.traced)})`,
        budget: `≤ ${LONGEST_TASK_MS} ms`,
        ok: open100mb.longestMs <= LONGEST_TASK_MS,
      },
      {
        figure: `  the same with GPU compositing through SwiftShader (${format(open100mbGpu.ms)} to open)`,
        measured: `${format(open100mbGpu.longestMs)} (${cpuOf(open100mbGpu.traced)})`,
        budget: '—',
        ok: true,
      },
      {
        figure: `  a bare MapLibre page repainting every country ${BARE_REPAINTS} times (software / GPU compositing)`,
        measured: `${format(bare)} / ${format(bareGpu)}`,
        budget: '—',
        ok: true,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
