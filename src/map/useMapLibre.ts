import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState, type RefObject } from 'react';
import { coveringElements, coveringRects } from './coveringRects';
import { createAtlasMap, onWorkerFailure } from './createAtlasMap';
import { LabelOverlay } from './LabelOverlay';
import { framePartners, type MapLibreRefs } from './mapLibreViewTypes';
import { MAP_IDS } from './mapStyle';
import type { Rect } from './placeLabels';

declare global {
  interface Window {
    /**
     * The live MapLibre map, for browser tests only (`queryRenderedFeatures`, `getFeatureState`
     * with source `countries` or `markers`, feature id = ISO numeric code as a number).
     */
    __atlasMap?: MapLibreMap;
  }
}

/** The map once its style is loaded, and its label overlay with the call that re-places labels. */
export interface MapLibreInstance {
  readonly map: MapLibreMap | null;
  readonly overlay: RefObject<LabelOverlay | null>;
  /** Measures the map and what covers it, then places the labels. */
  readonly place: RefObject<() => void>;
}

/**
 * Creates the map once in `container` with its label overlay in `labelLayer`: labels follow every
 * move, a resize reframes the partners while the camera is still their frame, and the map is
 * handed out at `style.load`, so sources are fed while the worker is still starting (rather than
 * at `load`, which waits for the first full render).
 */
export function useMapLibre(
  container: RefObject<HTMLDivElement | null>,
  labelLayer: RefObject<HTMLDivElement | null>,
  refs: MapLibreRefs,
  overlayRef: RefObject<LabelOverlay | null>,
  placeRef: RefObject<() => void>,
): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  useEffect(() => {
    const box = container.current;
    const layer = labelLayer.current;
    if (!box || !layer) return;
    const m = createAtlasMap(box, refs.latest.current);
    if (!m) return;
    // Sizes of the map, its labels and what covers it are read when a ResizeObserver reports a
    // change (after the frame's layout, so reading them forces none), and on a map resize.
    const overlay = new LabelOverlay(layer, () => {
      remeasure();
    });
    overlayRef.current = overlay;
    const covers = new ResizeObserver(() => {
      remeasure();
    });
    let size = { width: 0, height: 0 };
    let obstacles: Rect[] = [];
    const place = () => {
      overlay.update((ll) => m.project([ll[0], ll[1]]), size, obstacles);
    };
    const measure = () => {
      size = { width: box.clientWidth, height: box.clientHeight };
      const elements = coveringElements(box);
      for (const el of elements) covers.observe(el);
      obstacles = coveringRects(box);
    };
    const remeasure = () => {
      measure();
      place();
    };
    let drawn = false;
    m.once('load', () => {
      drawn = true;
    });
    // The visitor's own moves leave the partners' frame (a scene then keeps their camera). A wheel
    // zoom's `movestart` comes without its input event in MapLibre 6, so the wheel counts here.
    const leaveFrame = () => {
      refs.framed.current = false;
    };
    const canvas = m.getCanvasContainer();
    canvas.addEventListener('wheel', leaveFrame, { passive: true });
    const listeners = {
      'style.load': () => {
        setMap(m);
      },
      move: place,
      resize: () => {
        if (refs.framed.current) framePartners(m, refs.latest.current, false);
        remeasure();
      },
      movestart: (e: { originalEvent?: unknown }) => {
        if (e.originalEvent) leaveFrame();
      },
      error: (e: ErrorEvent & { sourceId?: string }) => {
        // A listener replaces MapLibre's own console.error: keep it for every other error.
        if (e.sourceId === MAP_IDS.countries) refs.latest.current.onWorldStatus('error');
        else console.error(e.error);
        // Any other error before the first full render (a blocked worker, a failed context):
        // no map will come, so the SVG map takes over.
        if (e.sourceId !== MAP_IDS.countries && !drawn) refs.latest.current.onUnavailable();
      },
    };
    // A prewarmed worker that failed to load did so before this map listened for errors.
    const stopWatchingWorker = onWorkerFailure(() => {
      if (!drawn) refs.latest.current.onUnavailable();
    });
    measure();
    placeRef.current = place;
    m.once('style.load', listeners['style.load']);
    m.on('move', listeners.move);
    m.on('resize', listeners.resize);
    m.on('movestart', listeners.movestart);
    m.on('error', listeners.error);
    // Browser-test builds only (README, "Test hooks"); dropped from every other build.
    if (import.meta.env.VITE_ATLAS_TEST_HOOKS === '1') window.__atlasMap = m;
    return () => {
      stopWatchingWorker();
      canvas.removeEventListener('wheel', leaveFrame);
      m.off('style.load', listeners['style.load']);
      m.off('move', listeners.move);
      m.off('resize', listeners.resize);
      m.off('movestart', listeners.movestart);
      m.off('error', listeners.error);
      covers.disconnect();
      overlay.destroy();
      overlayRef.current = null;
      placeRef.current = () => undefined;
      if (import.meta.env.VITE_ATLAS_TEST_HOOKS === '1' && window.__atlasMap === m)
        delete window.__atlasMap;
      m.remove();
      setMap(null);
    };
    // Created once (every argument is a ref); later props reach it through `refs.latest`.
  }, [container, labelLayer, refs, overlayRef, placeRef]);
  return map;
}
