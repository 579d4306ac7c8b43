import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { anchorOf } from '../data/countries';
import type { Selection } from '../data/selection';
import type { Iso3 } from '../data/types';
import { arcWidth, MAP_IDS, outlineFilter } from './mapStyle';
import { markBusy, type Applied } from './mapSyncState';
import { toArcFeatures, type ArcPartner } from './toArcFeatures';
import { useMapIdle } from './useMapIdle';
import { useCountryFlag, usePartnerStates } from './useMapStates';
import type { MapWorld } from './worldGeometry';

export interface MapSyncInput {
  readonly world: MapWorld | null;
  readonly selection: Selection;
  readonly home: Iso3;
  readonly selectedCountry: Iso3 | null;
  /** Count that gets the widest arc (the dataset's largest). */
  readonly maxCount: number;
  /** ISO3 codes the outline layers are limited to. */
  readonly interactive: readonly string[];
  /** Every country that can be a partner in the dataset: each gets an arc, shown by state. */
  readonly candidates: readonly ArcPartner[];
  /** Gets `data-map-idle` and `data-partners`. */
  readonly regionRef: RefObject<HTMLElement | null>;
  /** Whether the map has faded in: only then is it reported idle. */
  readonly revealed: boolean;
  /** Called at the first `idle` with the world drawn (on each map). */
  readonly onWorldShown?: () => void;
}

/** Runs `apply` on the map when its inputs change, then marks the map busy until its next idle. */
function useMapEffect(
  map: MapLibreMap | null,
  regionRef: RefObject<HTMLElement | null>,
  apply: ((m: MapLibreMap) => void) | null,
): void {
  useEffect(() => {
    if (!map || !apply) return;
    apply(map);
    markBusy(map, regionRef);
  }, [map, apply, regionRef]);
}

/**
 * Keeps the map in step with its inputs, one effect and one kind of targeted call per input:
 * `setData` for the world, the arcs (once per dataset) and the home point; feature-state diffs for
 * partners (fills, markers and arcs), home and the selection; `setPaintProperty` for the arc
 * widths (colours and count steps: `useMapTheme`); `setFilter` for the outline layers. Sets `data-map-idle="true"` on the
 * region at the map's first `idle` after the latest update (once the world is drawn and the map
 * revealed), and `data-partners` to the ISO3 codes drawn as partners.
 */
export function useMapSync(map: MapLibreMap | null, input: MapSyncInput): void {
  const { world, selection, home, selectedCountry, maxCount, interactive } = input;
  const { candidates, regionRef } = input;
  const worldShown = useRef<Applied<boolean>>({ map: null, value: false });
  useMapIdle(map, worldShown, regionRef, input.revealed, input.onWorldShown);

  useEffect(() => {
    if (!map || !world) return;
    // createAtlasMap puts the world in the style: set it only when the map holds something else.
    for (const [id, data] of [
      [MAP_IDS.countries, world.countries],
      [MAP_IDS.markers, world.markers],
    ] as const) {
      const source = map.getSource<GeoJSONSource>(id);
      if (source && source.serialize().data !== data) void source.setData(data);
    }
    worldShown.current = { map, value: true };
    markBusy(map, regionRef);
  }, [map, world, regionRef]);

  usePartnerStates(map, world, selection, regionRef);
  useCountryFlag(map, world, home, 'home', regionRef);
  useCountryFlag(map, world, selectedCountry, 'selected', regionRef);

  const homeAnchor = anchorOf(home);
  // One arc per possible partner, drawn or not by the `count` state: a filter change then costs
  // feature-state updates only, not a round trip through MapLibre's worker.
  const setArcs = useMemo(() => {
    const arcs =
      homeAnchor && world
        ? toArcFeatures({ partners: candidates }, homeAnchor, maxCount, world.idByIso3)
        : null;
    return (
      arcs && ((m: MapLibreMap) => void m.getSource<GeoJSONSource>(MAP_IDS.arcs)?.setData(arcs))
    );
  }, [candidates, homeAnchor, maxCount, world]);
  useMapEffect(map, regionRef, setArcs);

  const setHomePoint = useMemo(() => {
    const at = homeAnchor;
    return (m: MapLibreMap) =>
      void m.getSource<GeoJSONSource>(MAP_IDS.homePoint)?.setData({
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
  }, [homeAnchor]);
  useMapEffect(map, regionRef, setHomePoint);

  const setArcWidth = useMemo(
    () => (m: MapLibreMap) => {
      m.setPaintProperty(MAP_IDS.arcLines, 'line-width', arcWidth(maxCount));
    },
    [maxCount],
  );
  useMapEffect(map, regionRef, setArcWidth);

  const setOutlines = useMemo(
    () => (m: MapLibreMap) => {
      m.setFilter(MAP_IDS.viaOutline, outlineFilter(interactive));
      m.setFilter(MAP_IDS.highlight, outlineFilter(interactive));
    },
    [interactive],
  );
  useMapEffect(map, regionRef, setOutlines);
}
