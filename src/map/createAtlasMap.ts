import {
  getGlobalDispatcher,
  GPUInitializationError,
  Map as MapLibreMap,
  prewarm,
  setWorkerUrl,
  type GeoJSONSourceSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mapStrings } from '../i18n/mapStrings';
import { coveringRects } from './coveringRects';
import { fitPadding } from './fitPadding';
import { FIT_MAX_ZOOM } from './fitPartners';
import type { MapLibreViewProps } from './mapLibreViewTypes';
import { MAP_IDS, mapStyle } from './mapStyle';
import { MAP_WORLD } from './mapWorld';
import { partnerBounds } from './partnerBounds';

// MapLibre computes its worker's URL from import.meta.url, which Vite leaves alone; hand it the
// emitted file instead (see NOTES.md, "MapLibre GL 6 with Vite").
setWorkerUrl(workerUrl);

const ZOOM = { min: 0, max: 7 } as const;

let workerFailed = false;
const workerFailureListeners = new Set<() => void>();

/**
 * Starts MapLibre's worker before any map exists (src/map/preloadMap.ts calls it while the page
 * hydrates), so its script and start-up overlap React's work instead of following it. A worker
 * that fails to load then does so before the map listens: {@link onWorkerFailure} reports it.
 */
export function prewarmMapLibre(): void {
  prewarm();
  getGlobalDispatcher().on('error', () => {
    workerFailed = true;
    for (const listener of workerFailureListeners) listener();
  });
}

/** Calls `listener` once the prewarmed worker has failed to load (at once if it has). */
export function onWorkerFailure(listener: () => void): () => void {
  if (workerFailed) listener();
  workerFailureListeners.add(listener);
  return () => {
    workerFailureListeners.delete(listener);
  };
}

/**
 * Data the map's style holds from the start, by source id: the countries, so the worker fetches
 * and tiles them while the style loads and React hands the map out (useMapSync starts from this
 * and does not load them again; the small markers it sets itself).
 */
export function dataInStyle(): ReadonlyMap<string, GeoJSONSourceSpecification['data']> {
  return new Map([[MAP_IDS.countries, MAP_WORLD.countries]]);
}

/** Gives the GeoJSON sources of `style` the data of {@link dataInStyle}. */
function withData(style: StyleSpecification) {
  for (const [id, data] of dataInStyle()) {
    const source = style.sources[id];
    if (source?.type === 'geojson') style.sources[id] = { ...source, data };
  }
}

/**
 * Creates the MapLibre map in `container`, framed on home and the partners of `p`'s selection,
 * without rotation or pitch. Returns null (after `p.onUnavailable()`) when there is no WebGL.
 */
export function createAtlasMap(container: HTMLElement, p: MapLibreViewProps): MapLibreMap | null {
  const bounds = partnerBounds(p.dataset.home, p.selection.partners);
  const style = mapStyle(p.groupMembers);
  withData(style);
  let m: MapLibreMap;
  try {
    m = new MapLibreMap({
      container,
      style,
      renderWorldCopies: false,
      minZoom: ZOOM.min,
      maxZoom: ZOOM.max,
      ...(bounds ? { bounds } : {}),
      fitBoundsOptions: {
        padding: fitPadding(
          container.clientWidth,
          container.clientHeight,
          coveringRects(container, false),
        ),
        maxZoom: FIT_MAX_ZOOM,
      },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: 0,
      locale: { 'Map.Title': mapStrings[p.lang].canvasLabel },
    });
  } catch (err) {
    if (err instanceof GPUInitializationError) {
      p.onUnavailable();
      return null;
    }
    throw err;
  }
  m.touchZoomRotate.disableRotation();
  m.keyboard.disableRotation();
  return m;
}
