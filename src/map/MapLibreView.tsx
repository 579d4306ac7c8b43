import 'maplibre-gl/dist/maplibre-gl.css';
import {
  GPUInitializationError,
  Map as MapLibreMap,
  setWorkerUrl,
  type ErrorEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type Ref,
  type RefObject,
} from 'react';
import { mapStrings } from '../i18n/mapStrings';
import type { AtlasMapHandle, AtlasMapProps } from './atlasMapTypes';
import type { CountStep } from './countSteps';
import { coveringRects } from './coveringRects';
import { describeCountry } from './describeCountry';
import { fitPadding } from './fitPadding';
import { FIT_MAX_ZOOM, fitPartners } from './fitPartners';
import { LabelOverlay } from './LabelOverlay';
import { MapControls } from './MapControls';
import { MAP_IDS, mapStyle } from './mapStyle';
import { partnerBounds } from './partnerBounds';
import type { Rect } from './placeLabels';
import { snapshotMap } from './snapshotMap';
import type { ArcPartner } from './toArcFeatures';
import { toMapLabels } from './toMapLabels';
import { useMapPointer, type PointerContext } from './useMapPointer';
import { useMapSync } from './useMapSync';
import { MAP_WORLD } from './mapWorld';

// MapLibre computes its worker's URL from import.meta.url, which Vite leaves alone; hand it the
// emitted file instead (see NOTES.md, "MapLibre GL 6 with Vite").
setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /**
     * The live MapLibre map, for browser tests only (`queryRenderedFeatures`, `getFeatureState`
     * with source `countries` or `markers`, feature id = ISO numeric code as a number).
     */
    __atlasMap?: MapLibreMap;
  }
}

const ZOOM = { min: 0, max: 7 } as const;
/** Countries drawn as markers (too small to see at world zoom): their labels sit at the marker. */
const SMALL_COUNTRIES: ReadonlySet<string> = new Set(
  MAP_WORLD.markers.features.flatMap((f) => (f.properties.iso3 ? [f.properties.iso3] : [])),
);
/** How long the camera flies to a scene, in ms (about a clicker press's worth of motion). */
const FLY_MS = 1400;
/** Label size in CSS px, normal and in presentation mode (matches the stylesheet). */
const LABEL_PX = { normal: 12, presenting: 17 } as const;

interface MapLibreViewProps extends Omit<AtlasMapProps, 'ref'> {
  readonly ref?: Ref<AtlasMapHandle> | undefined;
  /** The map region; gets `data-map-idle` and `data-partners`. */
  readonly regionRef: RefObject<HTMLElement | null>;
  /** Called when the countries are drawn for the first time, or could not be loaded. */
  readonly onWorldStatus: (status: 'ready' | 'error') => void;
  readonly steps: readonly CountStep[];
  readonly maxCount: number;
  /** ISO3 codes that can be partners in this dataset, and home: the only ones outlined. */
  readonly interactive: readonly string[];
  /** Every country that can be a partner in the dataset, with its total count. */
  readonly candidates: readonly ArcPartner[];
  /** Called when MapLibre cannot get a WebGL context. */
  readonly onUnavailable: () => void;
}

/** Frames home and the partners of `p`'s selection. */
function framePartners(m: MapLibreMap, p: MapLibreViewProps, animate: boolean): void {
  fitPartners(m, p.dataset.home, p.selection.partners, animate);
}

/** The interactive WebGL map: created once, then updated prop by prop with targeted calls. */
export function MapLibreView(props: MapLibreViewProps) {
  const { ref, regionRef, dataset, selection, lang, selectedCountry } = props;
  const { presenting, steps, maxCount, interactive, candidates } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const labelLayerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<LabelOverlay | null>(null);
  const placeRef = useRef<() => void>(() => undefined);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const t = mapStrings[lang];
  const home = dataset.home;

  // Latest props for listeners and the imperative handle, which are set up once.
  const latest = useRef({ props, home });
  // Whether the camera still shows the partners' frame (from the start or "Fit to partners"):
  // then a resize (details opening beside the map, a window resized) frames them again; once the
  // visitor pans or zooms, their view is theirs.
  const framedRef = useRef(true);
  useEffect(() => {
    latest.current = { props, home };
  });
  const pointer = useRef<PointerContext>({
    describe: (iso3, name) => {
      const { props: p } = latest.current;
      const stat = p.selection.partners.find((s) => s.iso3 === iso3);
      return describeCountry(iso3, name, stat, p.dataset, p.lang);
    },
    select: (iso3) => {
      latest.current.props.onSelectCountry(iso3);
    },
  });

  useEffect(() => {
    const container = containerRef.current;
    const labelLayer = labelLayerRef.current;
    if (!container || !labelLayer) return;
    const { props: p, home: h } = latest.current;
    const bounds = partnerBounds(h, p.selection.partners);
    let m: MapLibreMap;
    try {
      m = new MapLibreMap({
        container,
        style: mapStyle(p.steps, p.interactive, p.maxCount),
        renderWorldCopies: false,
        minZoom: ZOOM.min,
        maxZoom: ZOOM.max,
        ...(bounds ? { bounds } : {}),
        fitBoundsOptions: {
          padding: fitPadding(
            container.clientWidth,
            container.clientHeight,
            coveringRects(container, false),
          ),
          maxZoom: FIT_MAX_ZOOM,
        },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        fadeDuration: 0,
        locale: { 'Map.Title': mapStrings[p.lang].canvasLabel },
      });
    } catch (err) {
      if (err instanceof GPUInitializationError) {
        p.onUnavailable();
        return;
      }
      throw err;
    }
    m.touchZoomRotate.disableRotation();
    m.keyboard.disableRotation();
    const overlay = new LabelOverlay(labelLayer);
    overlayRef.current = overlay;
    // Sizes of the map and of what covers it change only on resize or re-render; read them then.
    let size = { width: 0, height: 0 };
    let obstacles: Rect[] = [];
    const measure = () => {
      size = { width: container.clientWidth, height: container.clientHeight };
      obstacles = coveringRects(container);
    };
    const place = () => {
      overlay.update((ll) => m.project([ll[0], ll[1]]), size, obstacles);
    };
    const remeasure = () => {
      measure();
      place();
    };
    const onResize = () => {
      if (framedRef.current) framePartners(m, latest.current.props, false);
      remeasure();
    };
    const onMoveStart = (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) framedRef.current = false;
    };
    measure();
    placeRef.current = remeasure;
    const onLoad = () => {
      setMap(m);
    };
    const onError = (e: ErrorEvent & { sourceId?: string }) => {
      // A listener replaces MapLibre's own console.error: keep it for every other error.
      if (e.sourceId === MAP_IDS.countries) latest.current.props.onWorldStatus('error');
      else console.error(e.error);
    };
    // Sources exist once the (inline) style is loaded: start feeding them then, while the worker
    // is still starting, rather than at `load`, which waits for the first full render.
    m.once('style.load', onLoad);
    m.on('move', place);
    m.on('resize', onResize);
    m.on('movestart', onMoveStart);
    m.on('error', onError);
    window.__atlasMap = m;
    return () => {
      m.off('style.load', onLoad);
      m.off('move', place);
      m.off('resize', onResize);
      m.off('movestart', onMoveStart);
      m.off('error', onError);
      overlay.destroy();
      overlayRef.current = null;
      placeRef.current = () => undefined;
      if (window.__atlasMap === m) delete window.__atlasMap;
      m.remove();
      setMap(null);
    };
  }, []);

  useMapSync(map, {
    world: MAP_WORLD,
    selection,
    home,
    selectedCountry,
    steps,
    maxCount,
    interactive,
    candidates,
    regionRef,
    onWorldShown: () => {
      latest.current.props.onWorldStatus('ready');
    },
  });

  const labels = useMemo(
    () => toMapLabels(home, selection.partners, lang, SMALL_COUNTRIES),
    [home, selection, lang],
  );
  useEffect(() => {
    const overlay = overlayRef.current;
    if (!map || !overlay) return;
    overlay.setLabels(labels);
    placeRef.current();
  }, [map, labels]);

  useEffect(() => {
    const overlay = overlayRef.current;
    if (!map || !overlay) return;
    overlay.measure();
    const frame = requestAnimationFrame(() => {
      map.resize();
      framePartners(map, latest.current.props, false);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [map, presenting]);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', t.canvasLabel);
  }, [map, t]);

  const fit = useCallback(() => {
    framedRef.current = true;
    const p = latest.current.props;
    if (map) framePartners(map, p, !p.reducedMotion);
  }, [map]);

  useImperativeHandle(
    ref,
    () => ({
      fitToPartners: fit,
      getCamera: () => {
        if (!map || framedRef.current) return null;
        const c = map.getCenter();
        return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
      },
      flyTo: (camera, options) => {
        const p = latest.current.props;
        const animate = options?.animate ?? !p.reducedMotion;
        if (!map) return;
        framedRef.current = camera === null;
        if (camera === null) framePartners(map, p, animate);
        else {
          const center: [number, number] = [camera.lng, camera.lat];
          const to = { center, zoom: camera.zoom };
          if (animate) map.flyTo({ ...to, duration: FLY_MS, essential: true });
          else map.jumpTo(to);
        }
      },
      snapshot: () => {
        const overlay = overlayRef.current;
        if (!map || !overlay) return Promise.resolve(null);
        const px = latest.current.props.presenting ? LABEL_PX.presenting : LABEL_PX.normal;
        return snapshotMap(map, () => overlay.visible(), px);
      },
    }),
    [map, fit],
  );

  useMapPointer(map, tooltipRef, pointer);

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
          framedRef.current = false;
          map?.zoomIn({ animate: !props.reducedMotion });
        }}
        onZoomOut={() => {
          framedRef.current = false;
          map?.zoomOut({ animate: !props.reducedMotion });
        }}
        onFit={fit}
      />
    </>
  );
}

export default MapLibreView;
