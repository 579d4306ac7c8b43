import v8 from 'node:v8';
import vm from 'node:vm';
import { NO_FILTERS, type Filters } from '../../src/data/filters';
import { parseDataset } from '../../src/data/load';
import { selectView } from '../../src/data/selectView';
import { makeSyntheticDataset } from '../../src/data/synthetic';
import type { Dataset } from '../../src/data/types';
import type { BenchRow } from './printTable';

const SEED = 1;
const LOAD_RUNS = 5;
const SELECT_RUNS = 50;
const WARM_UP_RUNS = 10;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * A full garbage collection before each timed run, so one run's garbage is not collected during
 * the next (as a page loading a dataset once starts clean). Node exposes `gc` only with
 * `--expose-gc`; the flag can be set at runtime and the function read from a fresh context.
 */
const collectGarbage: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    if (isCallable(gc)) return gc;
  } catch {
    // Without gc the figures are noisier, not wrong.
  }
  return () => undefined;
})();

function isCallable(x: unknown): x is () => void {
  return typeof x === 'function';
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

const count = (n: number): string => n.toLocaleString('en-GB').replace(/,/g, ' ');

/** Times `parseDataset` (JSON.parse + validation) on the dataset's text; median of `LOAD_RUNS`. */
function measureLoad(text: string): { medianMs: number; dataset: Dataset } {
  const first = parseDataset(text);
  if (!first.ok)
    throw new Error(`synthetic dataset is invalid: ${JSON.stringify(first.problems.slice(0, 3))}`);
  const times = Array.from({ length: LOAD_RUNS }, () => {
    collectGarbage();
    return time(() => parseDataset(text));
  });
  return { medianMs: median(times), dataset: first.dataset };
}

/**
 * Filters that differ from one call to the next (year ranges, sector subsets, sometimes regions),
 * so `selectView`'s memo never answers.
 */
function variedFilters(dataset: Dataset, i: number): Filters {
  const sectorIds = dataset.sectors.map((s) => s.id);
  const sectorChoices: (readonly string[] | null)[] = [
    null,
    sectorIds.slice(0, 1),
    sectorIds.slice(1, 4),
    sectorIds.filter((_, k) => k % 2 === 0),
    [],
  ];
  const regionChoices: (readonly string[] | null)[] = [
    null,
    null,
    ['south-eastern-asia', 'central-asia'],
    null,
    ['sub-saharan-africa'],
    null,
    null,
  ];
  return {
    ...NO_FILTERS,
    from: 2000 + (i % 11),
    to: 2012 + (i % 14),
    sectors: sectorChoices[i % sectorChoices.length] ?? null,
    regions: regionChoices[i % regionChoices.length] ?? null,
  };
}

/**
 * Median time of `selectView` over varied filters, after a first call that builds the index and a
 * few untimed calls that let the JIT compile it (as it will have after the first filter changes).
 */
function measureSelect(dataset: Dataset): { firstMs: number; medianMs: number } {
  const firstMs = time(() => selectView(dataset, NO_FILTERS));
  for (let i = 0; i < WARM_UP_RUNS; i++)
    selectView(dataset, variedFilters(dataset, SELECT_RUNS + i));
  const times = Array.from({ length: SELECT_RUNS }, (_, i) => {
    const filters = variedFilters(dataset, i);
    return time(() => selectView(dataset, filters));
  });
  return { firstMs, medianMs: median(times) };
}

/** The data layer's figures of SPEC §5, on synthetic datasets of 10 000 and 100 000 activities. */
export function measureDataLayer(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const n of [10_000, 100_000]) {
    const text = JSON.stringify(makeSyntheticDataset(n, SEED));
    const load = measureLoad(text);
    const loadBudgetMs = n === 100_000 ? 1500 : null;
    rows.push({
      figure: `load + validate, ${count(n)} activities (${(text.length / 1e6).toFixed(1)} MB)`,
      measured: formatMs(load.medianMs),
      budget: loadBudgetMs === null ? '—' : `≤ ${formatMs(loadBudgetMs)}`,
      ok: loadBudgetMs === null || load.medianMs <= loadBudgetMs,
    });
    const select = measureSelect(load.dataset);
    rows.push({
      figure: `first selection incl. index build, ${count(n)} activities`,
      measured: formatMs(select.firstMs),
      budget: '—',
      ok: true,
    });
    const selectBudgetMs = n === 100_000 ? 50 : 5;
    rows.push({
      figure: `selection, ${count(n)} activities (median of ${SELECT_RUNS})`,
      measured: formatMs(select.medianMs),
      budget: `≤ ${selectBudgetMs} ms median`,
      ok: select.medianMs <= selectBudgetMs,
    });
  }
  return rows;
}
