import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Iso3 } from '../data/types';
import { worldGeometry, type CountryFeature, type CountryProps } from './worldGeometry';

/**
 * Decimals kept in the built basemap: 0.001° is about 110 m, under a pixel up to zoom 7 (the
 * map's maximum), and it keeps the asset a third smaller than full precision.
 */
export const WORLD_DECIMALS = 3;

/** The basemap as the build emits it (see `vite.config.ts`): all of it is plain JSON. */
export interface WorldAsset {
  /** Fixed, simplified, rounded countries for MapLibre; emitted as a JSON file of its own. */
  readonly countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  /** Small-country markers, as in {@link worldGeometry}. */
  readonly markers: FeatureCollection<Point, CountryProps>;
  /** Feature id by ISO3 code, as entries. */
  readonly idByIso3: readonly (readonly [Iso3, number])[];
}

function shoelace(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1];
    const b = ring[i];
    if (a && b) sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

/**
 * Rounds a ring to `decimals`, dropping points that become repeats. Returns null when the rounded
 * ring is degenerate or would change its winding (a sliver far below a pixel).
 */
function roundRing(ring: readonly Position[], decimals: number): Position[] | null {
  const f = 10 ** decimals;
  const out: Position[] = [];
  let last: Position | undefined;
  for (const [x = 0, y = 0] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) {
      out.push(p);
      last = p;
    }
  }
  if (out.length < 4) return null;
  const before = shoelace(ring);
  const after = shoelace(out);
  return after !== 0 && after > 0 === before > 0 ? out : null;
}

/**
 * Rounds every coordinate of a polygon or multipolygon to `decimals`, keeping each ring's winding;
 * rings left degenerate are dropped (a polygon with its exterior). Null when nothing is left.
 */
export function roundGeometry(
  geometry: Polygon | MultiPolygon,
  decimals: number,
): Polygon | MultiPolygon | null {
  const roundPolygon = (rings: readonly (readonly Position[])[]): Position[][] | null => {
    const [outer, ...holes] = rings;
    const exterior = outer ? roundRing(outer, decimals) : null;
    if (!exterior) return null;
    const kept: Position[][] = [exterior];
    for (const h of holes) {
      const r = roundRing(h, decimals);
      if (r) kept.push(r);
    }
    return kept;
  };
  if (geometry.type === 'Polygon') {
    const rings = roundPolygon(geometry.coordinates);
    return rings ? { type: 'Polygon', coordinates: rings } : null;
  }
  const polygons = geometry.coordinates.flatMap((p) => {
    const rings = roundPolygon(p);
    return rings ? [rings] : [];
  });
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/**
 * Everything the MapLibre map needs from a world-atlas topology, computed once at build time:
 * {@link worldGeometry}'s countries (rounded to `decimals`), markers and ids.
 */
export function worldAsset(topology: Topology, decimals = WORLD_DECIMALS): WorldAsset {
  const world = worldGeometry(topology);
  const countries: CountryFeature[] = [];
  for (const f of world.countries.features) {
    const geometry = roundGeometry(f.geometry, decimals);
    if (geometry) countries.push({ ...f, geometry });
  }
  return {
    countries: { type: 'FeatureCollection', features: countries },
    markers: world.markers,
    idByIso3: [...world.idByIso3],
  };
}
