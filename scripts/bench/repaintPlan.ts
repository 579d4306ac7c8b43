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

/**
 * The repaints that mirror the app bench's clicks on the first two sector checkboxes (`clicks`
 * alternate 0, 1, 0, 1, …, starting with every sector shown): for each click, the countries whose
 * activity count changes, with their new count (0 when they drop out).
 */
export function repaintPlan(dataset: Dataset, world: BuiltWorld, clicks: number): Repaint[] {
  const all = dataset.sectors.map((s) => s.id);
  const off = new Set<string>();
  const counts = (): Map<string, number> => {
    const sectors = off.size === 0 ? null : all.filter((id) => !off.has(id));
    const view = selectView(dataset, { ...NO_FILTERS, sectors });
    return new Map(view.partners.map((p) => [p.iso3, p.count]));
  };
  let before = counts();
  const plan: Repaint[] = [];
  for (let i = 0; i < clicks; i++) {
    const id = all[i % 2];
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
