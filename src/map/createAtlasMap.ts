import { GPUInitializationError, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mapStrings } from '../i18n/mapStrings';
import { coveringRects } from './coveringRects';
import { fitPadding } from './fitPadding';
import { FIT_MAX_ZOOM } from './fitPartners';
import type { MapLibreViewProps } from './mapLibreViewTypes';
import { mapStyle } from './mapStyle';
import { partnerBounds } from './partnerBounds';

// MapLibre computes its worker's URL from import.meta.url, which Vite leaves alone; hand it the
// emitted file instead (see NOTES.md, "MapLibre GL 6 with Vite").
setWorkerUrl(workerUrl);

const ZOOM = { min: 0, max: 7 } as const;

/**
 * Creates the MapLibre map in `container`, framed on home and the partners of `p`'s selection,
 * without rotation or pitch. Returns null (after `p.onUnavailable()`) when there is no WebGL.
 */
export function createAtlasMap(container: HTMLElement, p: MapLibreViewProps): MapLibreMap | null {
  const bounds = partnerBounds(p.dataset.home, p.selection.partners);
  let m: MapLibreMap;
  try {
    m = new MapLibreMap({
      container,
      style: mapStyle(p.steps, p.interactive, p.maxCount),
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
