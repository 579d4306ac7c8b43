import { geoCentroid } from 'd3-geo';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { anchorOf, COUNTRIES, ISO3_BY_NUMERIC } from '../data/countries';
import type { Iso3 } from '../data/types';
import { fixGeometry } from './fixGeometry';

/** Properties of a country feature; `iso3` is null for areas the reference does not know. */
export interface CountryProps {
  readonly iso3: Iso3 | null;
  /** English name as world-atlas spells it. */
  readonly name: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

/**
 * What the MapLibre map needs of the basemap. `countries` may be the URL of that collection as
 * JSON (the asset the build emits; MapLibre's worker fetches and parses it off the main thread).
 */
export interface MapWorld {
  readonly countries: FeatureCollection<Polygon | MultiPolygon, CountryProps> | string;
  readonly markers: FeatureCollection<Point, CountryProps>;
  readonly idByIso3: ReadonlyMap<Iso3, number>;
}

/** The basemap, computed once from the world-atlas topology. */
export interface WorldGeometry extends MapWorld {
  /** Countries for MapLibre: fixed rings, numeric `id` (the ISO numeric code when there is one). */
  readonly countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  /** The same countries as world-atlas draws them on the sphere, for d3-geo (SVG fallback). */
  readonly spherical: readonly CountryFeature[];
  /**
   * A point at the anchor of each country too small to see at world zoom (Singapore, Brunei) and
   * of each country world-atlas leaves out (Tuvalu); same `id` as in `countries`.
   */
  readonly markers: FeatureCollection<Point, CountryProps>;
  /** Feature id by ISO3 code. */
  readonly idByIso3: ReadonlyMap<Iso3, number>;
}

/** Countries smaller than this, in km², also get a point marker. */
export const SMALL_COUNTRY_KM2 = 25_000;
/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.32;
/** First id given to areas without an ISO numeric code (ISO numeric codes stop at 999). */
const SYNTHETIC_ID_BASE = 1000;

/** Properties world-atlas puts on each country. */
interface AtlasProps {
  name?: string;
}

/** Planar area of a ring in square degrees, scaled by the cosine of its mean latitude. */
function ringKm2(ring: readonly Position[]): number {
  let sum = 0;
  let lat = 0;
  let prev: Position | undefined;
  for (const p of ring) {
    if (prev) sum += (prev[0] ?? 0) * (p[1] ?? 0) - (p[0] ?? 0) * (prev[1] ?? 0);
    lat += p[1] ?? 0;
    prev = p;
  }
  const meanLat = ring.length > 0 ? lat / ring.length : 0;
  return (Math.abs(sum) / 2) * Math.cos((meanLat * Math.PI) / 180) * KM_PER_DEGREE ** 2;
}

/** Approximate area of a (fixed, planar) polygon or multipolygon, km²: enough to spot small ones. */
function areaKm2(g: Polygon | MultiPolygon): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let km2 = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    km2 += ringKm2(outer);
    for (const h of holes) km2 -= ringKm2(h);
  }
  return km2;
}

function iso3ByName(name: string): Iso3 | null {
  for (const c of COUNTRIES.values()) if (c.name.en === name) return c.iso3;
  return null;
}

/**
 * Smallest triangle kept when simplifying the MapLibre polygons (Visvalingam, spherical area in
 * steradians): about 20 km² on the ground, under a pixel up to zoom 5, and it halves the points
 * MapLibre's worker has to tile (50m: 100k → 51k).
 */
export const SIMPLIFY_STERADIANS = 5e-7;

/**
 * The countries of `object`, simplified on the topology by topojson-simplify (so neighbours keep
 * one shared border: arcs are simplified once, their ends never move); a ring it would collapse
 * (a small island) keeps its points from `raw`, whose features and rings match one for one.
 */
function simplified(
  topology: Topology,
  object: GeometryCollection<AtlasProps>,
  raw: FeatureCollection<Geometry | null, AtlasProps>,
  minWeight: number,
): (Polygon | MultiPolygon | null)[] {
  // Simplification reads and writes only the arcs (and their transform).
  const arcs: Topology<Objects> = {
    type: 'Topology',
    arcs: topology.arcs,
    objects: {},
    ...(topology.transform ? { transform: topology.transform } : {}),
  };
  const simple = feature(simplify(presimplify(arcs, sphericalTriangleArea), minWeight), object);
  return simple.features.map((f, i) => {
    const g = polygonal(f.geometry);
    const original = polygonal(raw.features[i]?.geometry ?? null);
    if (!g || !original || g.type !== original.type) return original;
    const keep = (rings: Position[][], j: number, from: Position[][][]) =>
      rings.map((r, k) => (distinct(r) >= 3 ? r : (from[j]?.[k] ?? r)));
    return g.type === 'Polygon' && original.type === 'Polygon'
      ? { type: 'Polygon', coordinates: keep(g.coordinates, 0, [original.coordinates]) }
      : g.type === 'MultiPolygon' && original.type === 'MultiPolygon'
        ? {
            type: 'MultiPolygon',
            coordinates: g.coordinates.map((p, j) => keep(p, j, original.coordinates)),
          }
        : original;
  });
}

function polygonal(g: Geometry | null): Polygon | MultiPolygon | null {
  return g?.type === 'Polygon' || g?.type === 'MultiPolygon' ? g : null;
}

function distinct(ring: readonly Position[]): number {
  return new Set(ring.map((p) => `${p[0]},${p[1]}`)).size;
}

/**
 * Builds the basemap from the `countries` object of a world-atlas topology; `minWeight` simplifies
 * the MapLibre polygons (see {@link SIMPLIFY_STERADIANS}; 0 keeps every point).
 */
export function worldGeometry(topology: Topology, minWeight = SIMPLIFY_STERADIANS): WorldGeometry {
  const object = topology.objects.countries as GeometryCollection<AtlasProps>;
  const raw = feature(topology, object);
  const drawn = minWeight > 0 ? simplified(topology, object, raw, minWeight) : null;
  const spherical: CountryFeature[] = [];
  const countries: CountryFeature[] = [];
  const markers: Feature<Point, CountryProps>[] = [];
  const idByIso3 = new Map<Iso3, number>();
  const areas = new Map<Iso3, { km2: number; geometry: Polygon | MultiPolygon }>();
  let synthetic = SYNTHETIC_ID_BASE;

  for (const [i, f] of raw.features.entries()) {
    const g = polygonal(f.geometry);
    if (!g) continue;
    const name = f.properties.name ?? '';
    const numeric = typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : null;
    const iso3 = numeric ? (ISO3_BY_NUMERIC.get(numeric) ?? null) : iso3ByName(name);
    const id = numeric ? Number(numeric) : synthetic++;
    const props: CountryProps = { iso3, name };
    spherical.push({ type: 'Feature', id, properties: props, geometry: g });
    const fixed = fixGeometry(drawn?.[i] ?? g);
    if (fixed) countries.push({ type: 'Feature', id, properties: props, geometry: fixed });
    if (!iso3) continue;
    if (!idByIso3.has(iso3)) idByIso3.set(iso3, id);
    const seen = areas.get(iso3);
    const km2 = fixed ? areaKm2(fixed) : 0;
    areas.set(iso3, { km2: km2 + (seen?.km2 ?? 0), geometry: seen?.geometry ?? g });
  }

  for (const [iso3, { km2, geometry }] of areas) {
    const id = idByIso3.get(iso3);
    if (id === undefined || km2 >= SMALL_COUNTRY_KM2) continue;
    const at = anchorOf(iso3) ?? geoCentroid(geometry);
    const props: CountryProps = { iso3, name: COUNTRIES.get(iso3)?.name.en ?? iso3 };
    markers.push({ type: 'Feature', id, properties: props, geometry: point(at) });
  }

  for (const c of COUNTRIES.values()) {
    const at = anchorOf(c.iso3);
    if (idByIso3.has(c.iso3) || !at) continue;
    const id = c.numeric ? Number(c.numeric) : synthetic++;
    idByIso3.set(c.iso3, id);
    const props: CountryProps = { iso3: c.iso3, name: c.name.en };
    markers.push({ type: 'Feature', id, properties: props, geometry: point(at) });
  }

  return {
    countries: { type: 'FeatureCollection', features: countries },
    spherical,
    markers: { type: 'FeatureCollection', features: markers },
    idByIso3,
  };
}

function point(at: readonly [number, number]): Point {
  return { type: 'Point', coordinates: [at[0], at[1]] };
}
