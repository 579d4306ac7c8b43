import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, type RefObject } from 'react';
import { markBusy, previous, type Applied } from './mapSyncState';

/** The performance mark set at the map's first `idle` with the world drawn (`npm run bench`). */
export const MAP_IDLE_MARK = 'atlas:map-idle';

/**
 * Sets `data-map-idle="true"` on the region at each `idle` once the world is drawn and the map is
 * `revealed` (faded in: a test reading pixels then sees the map, not the fade). At the first such
 * `idle` it calls `onWorldShown` and sets {@link MAP_IDLE_MARK}, a standard performance mark.
 */
export function useMapIdle(
  map: MapLibreMap | null,
  worldShown: RefObject<Applied<boolean>>,
  regionRef: RefObject<HTMLElement | null>,
  revealed: boolean,
  onWorldShown: (() => void) | undefined,
): void {
  const onShown = useRef(onWorldShown);
  const isRevealed = useRef(revealed);
  useEffect(() => {
    onShown.current = onWorldShown;
  });

  useEffect(() => {
    isRevealed.current = revealed;
    // The next idle, after a repaint, reports the map idle.
    if (map && revealed) markBusy(map, regionRef);
  }, [map, revealed, regionRef]);

  useEffect(() => {
    if (!map) return;
    let told = false;
    const onIdle = () => {
      if (!previous(worldShown, map, false)) return;
      if (!told) {
        told = true;
        performance.mark(MAP_IDLE_MARK);
        onShown.current?.();
      }
      if (isRevealed.current) regionRef.current?.setAttribute('data-map-idle', 'true');
    };
    map.on('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, regionRef, worldShown]);
}
