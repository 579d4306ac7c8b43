import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useImperativeHandle, type Ref, type RefObject } from 'react';
import type { AtlasMapHandle } from './atlasMapTypes';
import type { LabelOverlay } from './LabelOverlay';
import { framePartners, type MapLibreRefs } from './mapLibreViewTypes';
import { snapshotMap } from './snapshotMap';

/** How long the camera flies to a scene, in ms (about a clicker press's worth of motion). */
const FLY_MS = 1400;
/** Label size in CSS px, normal and in presentation mode (matches the stylesheet). */
const LABEL_PX = { normal: 12, presenting: 17 } as const;

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
      snapshot: () => Promise.resolve(snapshotNow()),
      snapshotNow,
    };
  }, [map, fit, refs, overlayRef]);
  return fit;
}
