import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, type RefObject } from 'react';
import type { CompareClass } from '../data/compare';
import type { Iso3 } from '../data/types';
import { markBusy, previous, type Applied } from './mapSyncState';
import { STATE_SOURCES } from './useMapPointer';
import type { MapWorld } from './worldGeometry';

/** The `cmp` feature state of each class: 1 new, 2 continued, 3 ended (0/absent = not comparing). */
export const COMPARE_STATE: Readonly<Record<CompareClass, number>> = {
  new: 1,
  continued: 2,
  ended: 3,
};

/**
 * `Compare periods` on the WebGL map: the `cmp` feature state of every partner of either period
 * (the fill expression colours by it before anything else), and `data-compare` on the region
 * (`KAZ:continued,PER:new,…`) for tests. Null classes clear it all.
 */
export function useCompareStates(
  map: MapLibreMap | null,
  world: MapWorld | null,
  classes: ReadonlyMap<Iso3, CompareClass> | null,
  regionRef: RefObject<HTMLElement | null>,
): void {
  const shown = useRef<Applied<ReadonlyMap<number, number>>>({ map: null, value: new Map() });
  useEffect(() => {
    if (!map || !world) return;
    const prev = previous(shown, map, new Map<number, number>());
    const next = new Map<number, number>();
    for (const [iso3, cls] of classes ?? []) {
      const id = world.idByIso3.get(iso3);
      if (id !== undefined) next.set(id, COMPARE_STATE[cls]);
    }
    for (const source of STATE_SOURCES) {
      for (const id of prev.keys())
        if (!next.has(id)) map.removeFeatureState({ source, id }, 'cmp');
      for (const [id, v] of next)
        if (prev.get(id) !== v) map.setFeatureState({ source, id }, { cmp: v });
    }
    shown.current = { map, value: next };
    const attr = classes
      ? [...classes]
          .map(([iso3, cls]) => `${iso3}:${cls}`)
          .sort()
          .join(',')
      : null;
    if (attr === null) regionRef.current?.removeAttribute('data-compare');
    else regionRef.current?.setAttribute('data-compare', attr);
    markBusy(map, regionRef);
  }, [map, world, classes, regionRef]);
}
