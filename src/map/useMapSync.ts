import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { anchorOf } from '../data/countries';
import type { Selection } from '../data/selection';
import type { Iso3 } from '../data/types';
import type { CountStep } from './countSteps';
import { diffFeatureStates } from './diffFeatureStates';
import { arcWidth, fillColor, MAP_IDS, outlineFilter } from './mapStyle';
import { partnerStates, type PartnerState } from './partnerStates';
import { toArcFeatures, type ArcPartner } from './toArcFeatures';
import { STATE_SOURCES } from './useMapPointer';
import type { MapWorld } from './worldGeometry';

export interface MapSyncInput {
  readonly world: MapWorld | null;
  readonly selection: Selection;
  readonly home: Iso3;
  readonly selectedCountry: Iso3 | null;
  readonly steps: readonly CountStep[];
  /** Count that gets the widest arc (the dataset's largest). */
  readonly maxCount: number;
  /** ISO3 codes the outline layers are limited to. */
  readonly interactive: readonly string[];
  /** Every country that can be a partner in the dataset: each gets an arc, shown by state. */
  readonly candidates: readonly ArcPartner[];
  /** Gets `data-map-idle` and `data-partners`. */
  readonly regionRef: RefObject<HTMLElement | null>;
  /** Called at the first `idle` with the world drawn (on each map). */
  readonly onWorldShown?: () => void;
}

/** Marks the map region as updating until the map's next `idle`. */
function markBusy(map: MapLibreMap, region: RefObject<HTMLElement | null>): void {
  region.current?.setAttribute('data-map-idle', 'false');
  map.triggerRepaint();
}

/** A value remembered for one map instance (a new map starts from nothing). */
interface Applied<T> {
  map: MapLibreMap | null;
  value: T;
}

function previous<T>(ref: RefObject<Applied<T>>, map: MapLibreMap, empty: T): T {
  return ref.current.map === map ? ref.current.value : empty;
}

/**
 * Keeps the map in step with its inputs, one effect and one kind of targeted call per input:
 * `setData` for the world, the arcs (once per dataset) and the home point; feature-state diffs for
 * partners (fills, markers and arcs), home and the selection; `setPaintProperty` for the colour
 * steps and arc widths; `setFilter` for the outline layers. Sets
 * `data-map-idle="true"` on the region at the map's first `idle` after the latest update (and only
 * once the world is drawn), and `data-partners` to the ISO3 codes drawn as partners.
 */
export function useMapSync(map: MapLibreMap | null, input: MapSyncInput): void {
  const { world, selection, home, selectedCountry, steps, maxCount, interactive } = input;
  const { candidates, regionRef } = input;
  const onWorldShown = useRef(input.onWorldShown);
  useEffect(() => {
    onWorldShown.current = input.onWorldShown;
  });
  const worldShown = useRef<Applied<boolean>>({ map: null, value: false });
  const shownStates = useRef<Applied<Map<number, PartnerState>>>({ map: null, value: new Map() });
  const shownHome = useRef<Applied<number | null>>({ map: null, value: null });
  const shownSelected = useRef<Applied<number | null>>({ map: null, value: null });

  useEffect(() => {
    if (!map) return;
    let told = false;
    const onIdle = () => {
      if (!previous(worldShown, map, false)) return;
      regionRef.current?.setAttribute('data-map-idle', 'true');
      if (!told) onWorldShown.current?.();
      told = true;
    };
    map.on('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, regionRef]);

  useEffect(() => {
    if (!map || !world) return;
    void map.getSource<GeoJSONSource>(MAP_IDS.countries)?.setData(world.countries);
    void map.getSource<GeoJSONSource>(MAP_IDS.markers)?.setData(world.markers);
    worldShown.current = { map, value: true };
    markBusy(map, regionRef);
  }, [map, world, regionRef]);

  const states = useMemo(
    () =>
      world ? partnerStates(selection.partners, world.idByIso3) : new Map<number, PartnerState>(),
    [selection, world],
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
    const { set, remove } = diffFeatureStates(previous(shownStates, map, new Map()), states);
    for (const source of STATE_SOURCES) {
      for (const [id, s] of set) map.setFeatureState({ source, id }, { ...s });
      for (const id of remove) {
        map.removeFeatureState({ source, id }, 'count');
        map.removeFeatureState({ source, id }, 'via');
      }
    }
    shownStates.current = { map, value: states };
    regionRef.current?.setAttribute('data-partners', codes);
    markBusy(map, regionRef);
  }, [map, states, codes, regionRef]);

  const homeAnchor = anchorOf(home);
  // One arc per possible partner, drawn or not by the `count` state: a filter change then costs
  // feature-state updates only, not a round trip through MapLibre's worker.
  const arcs = useMemo(
    () =>
      homeAnchor && world
        ? toArcFeatures({ partners: candidates }, homeAnchor, maxCount, world.idByIso3)
        : null,
    [candidates, homeAnchor, maxCount, world],
  );
  useEffect(() => {
    if (!map || !arcs) return;
    void map.getSource<GeoJSONSource>(MAP_IDS.arcs)?.setData(arcs);
    markBusy(map, regionRef);
  }, [map, arcs, regionRef]);

  useEffect(() => {
    if (!map) return;
    map.setPaintProperty(MAP_IDS.fill, 'fill-color', fillColor(steps));
    map.setPaintProperty(MAP_IDS.markerCircles, 'circle-color', fillColor(steps));
    markBusy(map, regionRef);
  }, [map, steps, regionRef]);

  useEffect(() => {
    if (!map) return;
    map.setPaintProperty(MAP_IDS.arcLines, 'line-width', arcWidth(maxCount));
    markBusy(map, regionRef);
  }, [map, maxCount, regionRef]);

  useEffect(() => {
    if (!map) return;
    map.setFilter(MAP_IDS.viaOutline, outlineFilter(interactive));
    map.setFilter(MAP_IDS.highlight, outlineFilter(interactive));
    markBusy(map, regionRef);
  }, [map, interactive, regionRef]);

  useEffect(() => {
    if (!map) return;
    const id = world?.idByIso3.get(home) ?? null;
    const prev = previous(shownHome, map, null);
    for (const source of STATE_SOURCES) {
      if (prev !== null) map.removeFeatureState({ source, id: prev }, 'home');
      if (id !== null) map.setFeatureState({ source, id }, { home: true });
    }
    shownHome.current = { map, value: id };
    const at = anchorOf(home);
    void map.getSource<GeoJSONSource>(MAP_IDS.homePoint)?.setData({
      type: 'FeatureCollection',
      features: at
        ? [
            {
              type: 'Feature',
              properties: {},
              geometry: { type: 'Point', coordinates: [at[0], at[1]] },
            },
          ]
        : [],
    });
    markBusy(map, regionRef);
  }, [map, world, home, regionRef]);

  useEffect(() => {
    if (!map) return;
    const id = selectedCountry === null ? null : (world?.idByIso3.get(selectedCountry) ?? null);
    const prev = previous(shownSelected, map, null);
    for (const source of STATE_SOURCES) {
      if (prev !== null) map.setFeatureState({ source, id: prev }, { selected: false });
      if (id !== null) map.setFeatureState({ source, id }, { selected: true });
    }
    shownSelected.current = { map, value: id };
    markBusy(map, regionRef);
  }, [map, world, selectedCountry, regionRef]);
}
