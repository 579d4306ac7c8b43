import { countriesUrl, idByIso3, markers } from 'virtual:atlas-world';
import type { MapWorld } from './worldGeometry';

/**
 * The MapLibre basemap, built with the app (see the `atlas-world` plugin in vite.config.ts): the
 * countries as the URL of a GeoJSON asset, which MapLibre's worker fetches and parses itself, and
 * the small markers and ids inline. Nothing of it is computed in the browser.
 */
export const MAP_WORLD: MapWorld = {
  countries: new URL(countriesUrl, document.baseURI).href,
  markers,
  idByIso3,
};
