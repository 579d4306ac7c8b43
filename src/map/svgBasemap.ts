import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Iso3 } from '../data/types';
import { worldGeometry, type CountryProps } from './worldGeometry';

/** The SVG map's drawing size (its viewBox), in user units. */
export const SVG_MAP_SIZE = { width: 960, height: 500 } as const;

/** The SVG map's projection: the whole sphere in Natural Earth, framed in {@link SVG_MAP_SIZE}. */
export function svgProjection(): GeoProjection {
  const { width, height } = SVG_MAP_SIZE;
  return geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'Sphere' },
  );
}

/** One country of the SVG basemap, already projected. */
export interface SvgCountry {
  readonly iso3: Iso3 | null;
  readonly name: string;
  /** SVG path data in {@link svgProjection}. */
  readonly d: string;
}

/**
 * The SVG map's basemap as the build emits it (see the `atlas-world` plugin in vite.config.ts):
 * countries projected to path data once, at build time, so a phone draws them without computing
 * any geometry; small-country markers stay in degrees (they are projected with the arcs).
 */
export interface SvgBasemap {
  readonly sphere: string;
  readonly countries: readonly SvgCountry[];
  readonly markers: FeatureCollection<Point, CountryProps>;
}

/** Builds the SVG basemap from a world-atlas topology (110m is plenty at the map's size). */
export function svgBasemap(topology: Topology): SvgBasemap {
  const world = worldGeometry(topology);
  const path = geoPath(svgProjection()).digits(1);
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: world.spherical.map((f) => ({
      iso3: f.properties.iso3,
      name: f.properties.name,
      d: path(f) ?? '',
    })),
    markers: world.markers,
  };
}

/** Whether `value` has the shape of an {@link SvgBasemap} (the asset is fetched at run time). */
export function isSvgBasemap(value: unknown): value is SvgBasemap {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof SvgBasemap, unknown>>;
  const markers = v.markers as { type?: unknown; features?: unknown } | undefined;
  return (
    typeof v.sphere === 'string' &&
    Array.isArray(v.countries) &&
    v.countries.every((c: unknown) => typeof (c as Partial<SvgCountry> | null)?.d === 'string') &&
    markers?.type === 'FeatureCollection' &&
    Array.isArray(markers.features)
  );
}
