import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useImperativeHandle, type Ref, type RefObject } from 'react';
import type { AtlasMapHandle } from './atlasMapTypes';
import type { LabelOverlay } from './LabelOverlay';
import { framePartners, type MapLibreRefs } from './mapLibreViewTypes';
import { snapshotMap } from './snapshotMap';

/** How long the camera flies to a scene, in ms (about a clicker press's worth of motion). */
const FLY_MS = 1400;
/** Largest pixel ratio a picture is drawn at (a 500 px wide map into a 1304 px slide box: 2.6). */
const MAX_PICTURE_RATIO = 3;
/** Label size in CSS px, normal and in presentation mode (matches the stylesheet). */
const LABEL_PX = { normal: 12, presenting: 17 } as const;

/**
 * The map's picture for a `box` larger than the map on screen (a slide, when the details narrow
 * the map): drawn at the pixel ratio that fills the box, so it is not scaled up blurred, then the
 * map is drawn again at its own ratio in the same task, so the screen never shows the change.
 */
function sharpSnapshot(
  map: MapLibreMap,
  box: { readonly width: number; readonly height: number },
  take: () => HTMLCanvasElement | null,
): HTMLCanvasElement | null {
  const { clientWidth, clientHeight } = map.getCanvas();
  const cover = Math.max(
    box.width / Math.max(1, clientWidth),
    box.height / Math.max(1, clientHeight),
  );
  const ratio = Math.min(cover, MAX_PICTURE_RATIO);
  if (ratio <= map.getPixelRatio()) return take();
  map.setPixelRatio(ratio);
  try {
    return take();
  } finally {
    // null (typed as a number) restores following the device's pixel ratio.
    map.setPixelRatio(null as unknown as number);
    map.redraw();
  }
}

/**
 * The WebGL map's side of {@link AtlasMapHandle}: framing the partners, the camera for scenes, and
 * a snapshot with labels. Returns the "fit to partners" action for the map's own button.
 */
export function useMapHandle(
  ref: Ref<AtlasMapHandle> | undefined,
  map: MapLibreMap | null,
  refs: MapLibreRefs,
  overlayRef: RefObject<LabelOverlay | null>,
): () => void {
  const fit = useCallback(() => {
    refs.framed.current = true;
    const p = refs.latest.current;
    if (map) framePartners(map, p, !p.reducedMotion);
  }, [map, refs]);

  useImperativeHandle(ref, () => {
    const snapshotNow = () => {
      const overlay = overlayRef.current;
      if (!map || !overlay) return null;
      const px = refs.latest.current.presenting ? LABEL_PX.presenting : LABEL_PX.normal;
      return snapshotMap(map, () => overlay.visible(), px);
    };
    return {
      fitToPartners: fit,
      getCamera: () => {
        if (!map || refs.framed.current) return null;
        const c = map.getCenter();
        return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
      },
      flyTo: (camera, options) => {
        const p = refs.latest.current;
        const animate = options?.animate ?? !p.reducedMotion;
        if (!map) return;
        refs.framed.current = camera === null;
        if (camera === null) framePartners(map, p, animate);
        else {
          const center: [number, number] = [camera.lng, camera.lat];
          const to = { center, zoom: camera.zoom };
          if (animate) map.flyTo({ ...to, duration: FLY_MS, essential: true });
          else map.jumpTo(to);
        }
      },
      nudge: ({ zoom = 0, pan = [0, 0] }) => {
        if (!map) return;
        refs.framed.current = false;
        const animate = !refs.latest.current.reducedMotion;
        if (zoom !== 0) map.zoomTo(map.getZoom() + zoom, { animate });
        if (pan[0] !== 0 || pan[1] !== 0) map.panBy([pan[0], pan[1]], { animate });
      },
      snapshot: (box) => Promise.resolve(map ? sharpSnapshot(map, box, snapshotNow) : null),
      snapshotNow,
    };
  }, [map, fit, refs, overlayRef]);
  return fit;
}
