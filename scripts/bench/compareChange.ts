import { chromium, type Page } from 'playwright-core';
import { comparePeriods, type Comparison } from '../../src/data/compare';
import { NO_FILTERS } from '../../src/data/filters';
import type { Dataset } from '../../src/data/types';
import { partnerStates, type PartnerScale } from '../../src/map/partnerStates';
import { mapScale } from '../../src/map/useMapScale';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import {
  bareRepaints,
  inFreshPage,
  loadBundled,
  median,
  ms,
  ratioRow,
  timeFilterChange,
} from './browserFigures';
import { bareMapUrl } from './buildBare';
import type { BenchRow } from './printTable';
import { builtWorld, type BuiltWorld, type Repaint } from './repaintPlan';

/** Filter changes on each side. */
const TOGGLES = 30;
/** Period A (`compare=`) and period B (`from`, `to`): the bundled data's first years and the rest. */
const PERIOD_A = { from: 2019, to: 2020 } as const;
const PERIOD_B = { from: 2021, to: 2024 } as const;
const QUERY = `?from=${PERIOD_B.from}&to=${PERIOD_B.to}&compare=${PERIOD_A.from}-${PERIOD_A.to}`;

/** The comparison with the sectors in `off` unchecked. */
function comparisonWithout(dataset: Dataset, off: ReadonlySet<string>): Comparison {
  const all = dataset.sectors.map((s) => s.id);
  const sectors = off.size === 0 ? null : all.filter((id) => !off.has(id));
  return comparePeriods(dataset, { ...NO_FILTERS, ...PERIOD_B, sectors }, PERIOD_A);
}

/** Clicks the sector `index` (toggling it in `off`) and returns the comparison after. */
function click(dataset: Dataset, off: Set<string>, index: number): Comparison {
  const id = dataset.sectors[index]?.id;
  if (id === undefined) throw new Error('the dataset needs two sectors');
  if (off.has(id)) off.delete(id);
  else off.add(id);
  return comparisonWithout(dataset, off);
}

/**
 * Two sector checkboxes (indices) such that each click of the cycle a, b, a, b changes period B's
 * activities, so every click changes the summary figure the bench waits for.
 */
function comparePair(dataset: Dataset): readonly [number, number] {
  const n = dataset.sectors.length;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const off = new Set<string>();
      let shown = comparisonWithout(dataset, off).b.totals.activities;
      const changes = [a, b, a, b].every((k) => {
        const next = click(dataset, off, k).b.totals.activities;
        const changed = next !== shown;
        shown = next;
        return changed;
      });
      if (changes) return [a, b];
    }
  }
  throw new Error('no two sectors whose clicks each change period B in compare mode');
}

/**
 * What the compare map paints per feature id: period B's count and via flag (the `count`, `via`
 * states) and the class (the `cmp` state), as one comparable key, with B's count.
 */
function paintedStates(
  c: Comparison,
  world: BuiltWorld,
  scale: PartnerScale,
): Map<number, [string, number]> {
  const painted = new Map<number, [string, number]>();
  for (const [id, s] of partnerStates(c.b.partners, world.idByIso3, scale))
    painted.set(id, [`${s.count}:${s.via}`, s.count]);
  for (const change of c.changes) {
    const id = world.idByIso3.get(change.iso3);
    if (id === undefined) continue;
    const [key, count] = painted.get(id) ?? ['0:false', 0];
    painted.set(id, [`${key}:${change.cls}`, count]);
  }
  return painted;
}

/**
 * The bare repaints that mirror the app's clicks on `pair` in compare mode: for each click, every
 * country whose count, via flag or class changes, set to its period-B count (the bare page has
 * one state; what costs is which features MapLibre updates and redraws).
 */
function compareRepaintPlan(dataset: Dataset, world: BuiltWorld, pair: readonly [number, number]) {
  const off = new Set<string>();
  const scale = mapScale(dataset);
  let before = paintedStates(comparisonWithout(dataset, off), world, scale);
  const plan: Repaint[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    const after = paintedStates(click(dataset, off, i % 2 === 0 ? pair[0] : pair[1]), world, scale);
    const changed: [number, number][] = [];
    for (const id of new Set([...before.keys(), ...after.keys()]))
      if (before.get(id)?.[0] !== after.get(id)?.[0]) changed.push([id, after.get(id)?.[1] ?? 0]);
    plan.push(changed);
    before = after;
  }
  return plan;
}

/** The app's filter changes in compare mode, once its map shows the expected classes. */
async function appCompareChanges(
  page: Page,
  expected: Comparison,
  pair: readonly [number, number],
) {
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
  const shown = await page.locator('[data-compare]').getAttribute('data-compare');
  const want = expected.changes
    .map((c) => `${c.iso3}:${c.cls}`)
    .sort()
    .join(',');
  if (shown !== want) throw new Error(`compare mode not on as planned: map shows ${shown}`);
  const times: number[] = [];
  for (let i = 0; i < TOGGLES; i++)
    times.push(await timeFilterChange(page, i % 2 === 0 ? pair[0] : pair[1]));
  return times;
}

/**
 * SPEC §7's filter change (→ map idle and charts updated, app / bare MapLibre repaint of the same
 * countries) with `Compare periods` on, on the bundled data: the app's map paints New / Continued /
 * Ended classes and its summary and charts compare both periods.
 */
export async function measureCompareChange(baseUrl: string, outDir: string): Promise<BenchRow[]> {
  const world = builtWorld(outDir);
  const dataset = loadBundled();
  const pair = comparePair(dataset);
  const start = comparisonWithout(dataset, new Set());
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const app = await inFreshPage(browser, `${baseUrl}${QUERY}`, async (page) => {
      const times = await appCompareChanges(page, start, pair);
      const area = await page
        .locator('.map-area')
        .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      return { times, area };
    });
    // The reference frames the same partners at the same size as the other filter-change figures.
    const bareUrl = bareMapUrl(baseUrl, world.path, app.area, dataset);
    const initial: Repaint = [...paintedStates(start, world, mapScale(dataset))].map(
      ([id, [, count]]) => [id, count],
    );
    const bare = await inFreshPage(browser, bareUrl, (p) =>
      bareRepaints(p, initial, compareRepaintPlan(dataset, world, pair)),
    );
    console.log(
      `  filter changes in compare mode: app median ${ms(median(app.times))}, bare ${ms(median(bare))}`,
    );
    return [
      ratioRow(
        `filter change in compare mode (${PERIOD_A.from}–${PERIOD_A.to} vs ${PERIOD_B.from}–${PERIOD_B.to}), bundled data, app / bare repaint (median of ${TOGGLES})`,
        app.times,
        bare,
        1.5,
      ),
    ];
  } finally {
    await browser.close();
  }
}
