import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { worldGeometry, type WorldGeometry } from './worldGeometry';

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
 * Fetches world-atlas 50m (a same-origin asset Vite emits next to the bundle, not part of the JS)
 * and builds the basemap once per page; later calls share the same promise.
 */
export function loadWorld(): Promise<WorldGeometry> {
  cached ??= fetch(worldUrl)
    .then(async (res) => {
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
