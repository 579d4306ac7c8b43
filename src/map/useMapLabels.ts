import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, type RefObject } from 'react';
import type { Lang } from '../data/lang';
import type { Selection } from '../data/selection';
import type { Iso3 } from '../data/types';
import { mapStrings } from '../i18n/mapStrings';
import type { LabelOverlay } from './LabelOverlay';
import { framePartners, type MapLibreRefs } from './mapLibreViewTypes';
import { MAP_WORLD } from './mapWorld';
import { toMapLabels } from './toMapLabels';

/** Countries drawn as markers (too small to see at world zoom): their labels sit at the marker. */
const SMALL_COUNTRIES: ReadonlySet<string> = new Set(
  MAP_WORLD.markers.features.flatMap((f) => (f.properties.iso3 ? [f.properties.iso3] : [])),
);

interface LabelInput {
  readonly home: Iso3;
  readonly selection: Selection;
  readonly lang: Lang;
  readonly presenting: boolean;
  /** The country whose details are open: its label is placed first. */
  readonly selected: Iso3 | null;
}

/**
 * Keeps the HTML labels and the canvas's accessible name in step with the selection and language,
 * and refits the map when presentation mode changes its size (labels are measured again then).
 */
export function useMapLabels(
  map: MapLibreMap | null,
  { home, selection, lang, presenting, selected }: LabelInput,
  refs: MapLibreRefs,
  overlayRef: RefObject<LabelOverlay | null>,
  placeRef: RefObject<() => void>,
): void {
  const labels = useMemo(
    () => toMapLabels(home, selection.partners, lang, SMALL_COUNTRIES, selected),
    [home, selection, lang, selected],
  );
  useEffect(() => {
    const overlay = overlayRef.current;
    if (!map || !overlay) return;
    overlay.setLabels(labels);
    placeRef.current();
  }, [map, labels, overlayRef, placeRef]);

  useEffect(() => {
    if (!map) return;
    // Label sizes follow the presentation font size by themselves (LabelOverlay's observer).
    const frame = requestAnimationFrame(() => {
      map.resize();
      framePartners(map, refs.latest.current, false);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [map, presenting, refs]);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', mapStrings[lang].canvasLabel);
  }, [map, lang]);
}
