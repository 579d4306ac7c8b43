import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import type { WorldGeometry } from './worldGeometry';

function isTopology(value: unknown): value is Topology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; arcs?: unknown; objects?: unknown };
  if (v.type !== 'Topology' || !Array.isArray(v.arcs)) return false;
  if (typeof v.objects !== 'object' || v.objects === null) return false;
  const countries = (v.objects as { countries?: { type?: unknown; geometries?: unknown } })
    .countries;
  return countries?.type === 'GeometryCollection' && Array.isArray(countries.geometries);
}

let cached: Promise<WorldGeometry> | undefined;

/**
 * For the SVG map only (no WebGL; the MapLibre map uses the basemap built with the app, see
 * `mapWorld.ts`): fetches world-atlas 50m (a same-origin asset) and builds the basemap once per
 * page, with its code loaded on demand; later calls share the same promise.
 */
export function loadWorld(): Promise<WorldGeometry> {
  cached ??= Promise.all([fetch(worldUrl), import('./worldGeometry')])
    .then(async ([res, { worldGeometry }]) => {
      if (!res.ok) throw new Error(`World map data: HTTP ${res.status}`);
      const json: unknown = await res.json();
      if (!isTopology(json)) throw new Error('World map data: not a world-atlas topology');
      return worldGeometry(json);
    })
    .catch((err: unknown) => {
      cached = undefined;
      throw err;
    });
  return cached;
}
