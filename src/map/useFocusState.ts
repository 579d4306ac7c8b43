import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, type RefObject } from 'react';
import type { Iso3 } from '../data/types';
import { markBusy } from './mapSyncState';
import { FLAG_SOURCES } from './useMapPointer';
import type { MapWorld } from './worldGeometry';

/**
 * The keyboard map's current country: outlined like a hovered one (`hover` feature state), and
 * named in `data-map-focus` on the region for tests.
 */
export function useFocusState(
  map: MapLibreMap | null,
  world: MapWorld | null,
  iso3: Iso3 | null,
  regionRef: RefObject<HTMLElement | null>,
): void {
  const shown = useRef<{ map: MapLibreMap | null; id: number | null }>({ map: null, id: null });
  useEffect(() => {
    if (!map || !world) return;
    const id = iso3 === null ? null : (world.idByIso3.get(iso3) ?? null);
    const prev = shown.current.map === map ? shown.current.id : null;
    if (prev === id) return;
    for (const source of FLAG_SOURCES) {
      if (prev !== null) map.setFeatureState({ source, id: prev }, { hover: false });
      if (id !== null) map.setFeatureState({ source, id }, { hover: true });
    }
    shown.current = { map, id };
    if (iso3 === null) regionRef.current?.removeAttribute('data-map-focus');
    else regionRef.current?.setAttribute('data-map-focus', iso3);
    markBusy(map, regionRef);
  }, [map, world, iso3, regionRef]);
}
