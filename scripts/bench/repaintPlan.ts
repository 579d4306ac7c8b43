import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_FILTERS } from '../../src/data/filters';
import { selectView } from '../../src/data/selectView';
import type { Dataset } from '../../src/data/types';

/** Feature id and new `count` of each country a filter change repaints. */
export type Repaint = readonly (readonly [number, number])[];

/** The built countries asset's URL path (relative to the app) and its feature ids by ISO3. */
export interface BuiltWorld {
  readonly path: string;
  readonly idByIso3: ReadonlyMap<string, number>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** Finds the countries GeoJSON the build emitted and reads its ids. */
export function builtWorld(outDir: string): BuiltWorld {
  const name = readdirSync(join(outDir, 'assets')).find((f) =>
    /^world-countries-.*\.json$/.test(f),
  );
  if (!name) throw new Error(`no world-countries asset in ${outDir}/assets`);
  const json: unknown = JSON.parse(readFileSync(join(outDir, 'assets', name), 'utf8'));
  const features = isRecord(json) && Array.isArray(json.features) ? json.features : [];
  const idByIso3 = new Map<string, number>();
  for (const f of features as unknown[]) {
    if (!isRecord(f) || !isRecord(f.properties) || typeof f.id !== 'number') continue;
    const iso3 = f.properties.iso3;
    if (typeof iso3 === 'string' && !idByIso3.has(iso3)) idByIso3.set(iso3, f.id);
  }
  return { path: `assets/${name}`, idByIso3 };
}

/** The selection with the sectors in `off` unchecked. */
function viewWithout(dataset: Dataset, off: ReadonlySet<string>) {
  const all = dataset.sectors.map((s) => s.id);
  const sectors = off.size === 0 ? null : all.filter((id) => !off.has(id));
  return selectView(dataset, { ...NO_FILTERS, sectors });
}

/**
 * Two sector checkboxes (indices) such that each click of the cycle a, b, a, b changes the
 * number of activities shown, so every click updates the summary the bench waits for (an activity
 * with several sectors stays while any of them is checked).
 */
export function togglePair(dataset: Dataset): readonly [number, number] {
  const ids = dataset.sectors.map((s) => s.id);
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const off = new Set<string>();
      let shown = viewWithout(dataset, off).totals.activities;
      const changes = [a, b, a, b].every((k) => {
        const id = ids[k] ?? '';
        if (off.has(id)) off.delete(id);
        else off.add(id);
        const next = viewWithout(dataset, off).totals.activities;
        const changed = next !== shown;
        shown = next;
        return changed;
      });
      if (changes) return [a, b];
    }
  }
  throw new Error('no two sectors whose clicks each change the activities shown');
}

/**
 * The repaints that mirror the app bench's clicks on the sector checkboxes `pair` (alternating,
 * starting with every sector shown): for each click, the countries whose activity count changes,
 * with their new count (0 when they drop out).
 */
export function repaintPlan(
  dataset: Dataset,
  world: BuiltWorld,
  pair: readonly [number, number],
  clicks: number,
): Repaint[] {
  const all = dataset.sectors.map((s) => s.id);
  const off = new Set<string>();
  const counts = (): Map<string, number> =>
    new Map(viewWithout(dataset, off).partners.map((p) => [p.iso3, p.count]));
  let before = counts();
  const plan: Repaint[] = [];
  for (let i = 0; i < clicks; i++) {
    const id = all[i % 2 === 0 ? pair[0] : pair[1]];
    if (id === undefined) throw new Error('the dataset needs two sectors');
    if (off.has(id)) off.delete(id);
    else off.add(id);
    const after = counts();
    const changed: [number, number][] = [];
    for (const iso3 of new Set([...before.keys(), ...after.keys()])) {
      const c = after.get(iso3) ?? 0;
      const fid = world.idByIso3.get(iso3);
      if (fid !== undefined && c !== (before.get(iso3) ?? 0)) changed.push([fid, c]);
    }
    plan.push(changed);
    before = after;
  }
  return plan;
}
