import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import type { LabelOverlay } from './LabelOverlay';
import { MapControls } from './MapControls';
import type { MapLibreRefs, MapLibreViewProps } from './mapLibreViewTypes';
import { MAP_WORLD } from './mapWorld';
import { describeCountry } from './describeCountry';
import { useMapHandle } from './useMapHandle';
import { useMapLabels } from './useMapLabels';
import { useMapLibre } from './useMapLibre';
import { useMapPointer, type PointerContext } from './useMapPointer';
import { useCompareStates } from './useCompareStates';
import { useFocusState } from './useFocusState';
import { useMapSync } from './useMapSync';
import { useMapTheme } from './useMapTheme';

export type { MapLibreViewProps };

/** How long the SVG pictures over the map fade out once it has drawn the world (the CSS's 0.3 s). */
const REVEAL_MS = 300;

/** The interactive WebGL map: created once, then updated prop by prop with targeted calls. */
export function MapLibreView(props: MapLibreViewProps) {
  const { ref, regionRef, dataset, selection, lang, selectedCountry, presenting } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const labelLayerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<LabelOverlay | null>(null);
  const placeRef = useRef<() => void>(() => undefined);
  // Latest props for listeners and the imperative handle, which are set up once; whether the
  // camera still shows the partners' frame (see MapLibreRefs).
  const latest = useRef(props);
  const framed = useRef(true);
  const [refs] = useState<MapLibreRefs>(() => ({ latest, framed }));
  const [shown, setShown] = useState(false);
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    latest.current = props;
  });
  const pointer = useRef<PointerContext>({
    describe: (iso3, name) => {
      const p = latest.current;
      const stat = p.selection.partners.find((s) => s.iso3 === iso3);
      return describeCountry(iso3, name, stat, p.dataset, p.lang);
    },
    select: (iso3) => {
      latest.current.onSelectCountry(iso3);
    },
  });

  const map = useMapLibre(containerRef, labelLayerRef, refs, overlayRef, placeRef);
  useMapSync(map, {
    world: MAP_WORLD,
    selection,
    home: dataset.home,
    selectedCountry,
    maxCount: props.maxCount,
    steps: props.steps,
    groupMembers: props.groupMembers,
    candidates: props.candidates,
    regionRef,
    revealed,
    onWorldShown: () => {
      setShown(true);
      latest.current.onWorldStatus('shown');
    },
  });
  useMapTheme(map, regionRef);
  useEffect(() => {
    if (!shown) return;
    // The SVG pictures over the map fade out meanwhile (see the stylesheets); then the map is
    // all there is to see, and only then reported idle (a test reading pixels sees no fade).
    const timer = setTimeout(
      () => {
        setRevealed(true);
        latest.current.onWorldStatus('ready');
      },
      latest.current.reducedMotion ? 0 : REVEAL_MS,
    );
    return () => {
      clearTimeout(timer);
    };
  }, [shown]);
  useMapLabels(
    map,
    { home: dataset.home, selection, lang, presenting, selected: selectedCountry },
    refs,
    overlayRef,
    placeRef,
  );
  const fit = useMapHandle(ref, map, refs, overlayRef);
  useMapPointer(map, tooltipRef, pointer);
  useCompareStates(map, MAP_WORLD, props.compareClasses ?? null, regionRef);
  useFocusState(map, MAP_WORLD, props.focusedCountry ?? null, regionRef);

  return (
    <>
      <div ref={containerRef} className="atlas-map__canvas" />
      <div ref={labelLayerRef} className="atlas-map__labels" aria-hidden="true" />
      <div ref={tooltipRef} className="atlas-map__tooltip" aria-hidden="true">
        <strong />
        <span />
        <span className="atlas-map__tooltip-note" />
      </div>
      <MapControls
        lang={lang}
        onZoomIn={() => {
          framed.current = false;
          map?.zoomIn({ animate: !props.reducedMotion });
        }}
        onZoomOut={() => {
          framed.current = false;
          map?.zoomOut({ animate: !props.reducedMotion });
        }}
        onFit={fit}
      />
    </>
  );
}

export default MapLibreView;
