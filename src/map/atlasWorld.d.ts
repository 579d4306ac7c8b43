/** The basemap built by the `atlas-world` plugin in vite.config.ts (not available to unit tests). */
declare module 'virtual:atlas-world' {
  import type { FeatureCollection, Point } from 'geojson';

  /** URL of the countries GeoJSON (fixed, simplified, rounded), fetched by MapLibre's worker. */
  export const countriesUrl: string;
  /** Small-country markers (`CountryProps`), with the same ids as the countries. */
  export const markers: FeatureCollection<Point, { iso3: string | null; name: string }>;
  /** Feature id (ISO numeric code, or a synthetic id from 1000) by ISO3 code. */
  export const idByIso3: ReadonlyMap<string, number>;
}

/** The SVG map's basemap built by the same plugin (see src/map/svgBasemap.ts). */
declare module 'virtual:atlas-svg-world' {
  /** URL of the projected SVG basemap (`SvgBasemap` as JSON). */
  export const svgWorldUrl: string;
}
