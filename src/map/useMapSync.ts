import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { anchorOf } from '../data/countries';
import type { Selection } from '../data/selection';
import type { Iso3 } from '../data/types';
import type { CountStep } from './countSteps';
import { MAP_IDS, viaOutlineFilter } from './mapStyle';
import { markBusy, previous, type Applied } from './mapSyncState';
import { dataInStyle } from './createAtlasMap';
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
  /** The dataset's colour steps. */
  readonly steps: readonly CountStep[];
  /** Members of the dataset's groups: the via outline's filter. */
  readonly groupMembers: readonly string[];
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
 * partners (fills, markers and arcs: count, step, arc width), home and the selection; `setFilter`
 * for the via outline when the dataset's groups change. Nothing else that would make MapLibre's
 * worker lay the countries out again (colours: `useMapTheme`). Sets `data-map-idle="true"` on the
 * region at the map's first `idle` after the latest update (once the world is drawn and the map
 * revealed), and `data-partners` to the ISO3 codes drawn as partners.
 */
export function useMapSync(map: MapLibreMap | null, input: MapSyncInput): void {
  const { world, selection, home, selectedCountry, maxCount, steps, groupMembers } = input;
  const { candidates, regionRef } = input;
  const worldShown = useRef<Applied<boolean>>({ map: null, value: false });
  // The hover and selection outline has a source of its own, filled once the first picture is
  // drawn (nothing in it shows before a country is hovered or selected) or a country is selected.
  const [firstPictureDrawn, setFirstPictureDrawn] = useState(false);
  const outlineWanted = firstPictureDrawn || selectedCountry !== null;
  useMapIdle(map, worldShown, regionRef, input.revealed, () => {
    setFirstPictureDrawn(true);
    input.onWorldShown?.();
  });

  // What each source was given (a loaded source serialises its features, not the URL it was
  // given, so this is remembered rather than asked); a new map starts with what its style holds.
  const given = useRef<Applied<ReadonlyMap<string, unknown>>>({ map: null, value: new Map() });
  useEffect(() => {
    if (!map || !world) return;
    const sources: [string, GeoJSONSourceSpecification['data']][] = [
      [MAP_IDS.countries, world.countries],
      [MAP_IDS.markers, world.markers],
    ];
    if (outlineWanted) sources.push([MAP_IDS.outlined, world.countries]);
    const now = new Map(previous(given, map, dataInStyle()));
    for (const [id, data] of sources) {
      if (now.get(id) === data) continue;
      void map.getSource<GeoJSONSource>(id)?.setData(data);
      now.set(id, data);
    }
    given.current = { map, value: now };
    worldShown.current = { map, value: true };
    markBusy(map, regionRef);
  }, [map, world, outlineWanted, regionRef]);

  usePartnerStates(map, world, selection, { steps, maxCount }, regionRef);
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

  // MapLibre compares the filter with the one it has: datasets with the same groups keep the tiles.
  const setViaOutline = useMemo(
    () => (m: MapLibreMap) => {
      m.setFilter(MAP_IDS.viaOutline, viaOutlineFilter(groupMembers));
    },
    [groupMembers],
  );
  useMapEffect(map, regionRef, setViaOutline);
}
