import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Selection } from '../data/selection';
import type { Iso3 } from '../data/types';
import { diffFeatureStates } from './diffFeatureStates';
import { markBusy, previous, type Applied } from './mapSyncState';
import { partnerStates, type PartnerScale, type PartnerState } from './partnerStates';
import { FLAG_SOURCES, STATE_SOURCES } from './useMapPointer';
import type { MapWorld } from './worldGeometry';

/**
 * Partners' states (fills, markers and arcs: see `PartnerState`) as a diff against what the map
 * shows, and `data-partners` on the region: the ISO3 codes drawn as partners, most activities first.
 */
export function usePartnerStates(
  map: MapLibreMap | null,
  world: MapWorld | null,
  selection: Selection,
  scale: PartnerScale,
  regionRef: RefObject<HTMLElement | null>,
): void {
  const { steps, maxCount } = scale;
  const shown = useRef<Applied<Map<number, PartnerState>>>({ map: null, value: new Map() });
  const states = useMemo(
    () =>
      world
        ? partnerStates(selection.partners, world.idByIso3, { steps, maxCount })
        : new Map<number, PartnerState>(),
    [selection, world, steps, maxCount],
  );
  const codes = useMemo(
    () =>
      selection.partners
        .filter((p) => world?.idByIso3.has(p.iso3))
        .map((p) => p.iso3)
        .join(','),
    [selection, world],
  );
  useEffect(() => {
    if (!map) return;
    const before = previous(shown, map, new Map<number, PartnerState>());
    const { set, remove } = diffFeatureStates(before, states);
    for (const source of STATE_SOURCES) {
      for (const [id, s] of set) map.setFeatureState({ source, id }, { ...s });
      // Only the keys set here: `home`, `selected` and `hover` stay.
      for (const id of remove)
        for (const key of Object.keys(before.get(id) ?? {}))
          map.removeFeatureState({ source, id }, key);
    }
    shown.current = { map, value: states };
    // Browser-test builds only (README, "Test hooks").
    if (import.meta.env.VITE_ATLAS_TEST_HOOKS === '1')
      regionRef.current?.setAttribute('data-partners', codes);
    markBusy(map, regionRef);
  }, [map, states, codes, regionRef]);
}

/**
 * Moves a boolean feature state (`home`, `selected`) to the country `iso3`, on every source that
 * draws it (see FLAG_SOURCES); the previous country loses it (`home` removed, `selected` false).
 */
export function useCountryFlag(
  map: MapLibreMap | null,
  world: MapWorld | null,
  iso3: Iso3 | null,
  flag: 'home' | 'selected',
  regionRef: RefObject<HTMLElement | null>,
): void {
  const shown = useRef<Applied<number | null>>({ map: null, value: null });
  useEffect(() => {
    if (!map) return;
    const id = iso3 === null ? null : (world?.idByIso3.get(iso3) ?? null);
    const prev = previous(shown, map, null);
    for (const source of FLAG_SOURCES) {
      if (prev !== null) {
        if (flag === 'home') map.removeFeatureState({ source, id: prev }, flag);
        else map.setFeatureState({ source, id: prev }, { [flag]: false });
      }
      if (id !== null) map.setFeatureState({ source, id }, { [flag]: true });
    }
    shown.current = { map, value: id };
    markBusy(map, regionRef);
  }, [map, world, iso3, flag, regionRef]);
}
