import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RefObject } from 'react';

/** A value remembered for one map instance (a new map starts from nothing). */
export interface Applied<T> {
  map: MapLibreMap | null;
  value: T;
}

/** What was last applied to `map`, or `empty` when that was another map (or nothing). */
export function previous<T>(ref: RefObject<Applied<T>>, map: MapLibreMap, empty: T): T {
  return ref.current.map === map ? ref.current.value : empty;
}

/** Marks the map region as updating until the map's next `idle`. */
export function markBusy(map: MapLibreMap, region: RefObject<HTMLElement | null>): void {
  region.current?.setAttribute('data-map-idle', 'false');
  map.triggerRepaint();
}
