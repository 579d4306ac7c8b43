import './atlasMap.css';
import { lazy, Suspense, useRef, useState } from 'react';
import { mapStrings } from '../i18n/mapStrings';
import type { AtlasMapHandle, AtlasMapProps } from './atlasMapTypes';
import type { MapWorldStatus } from './mapLibreViewTypes';
import { SelectionLegend } from './MapLegend';
import { openedOnPrerenderedMap } from './PrerenderedMap';
import { SvgWorldMap } from './SvgWorldMap';
import { useMapScale } from './useMapScale';
import { useWorld } from './useWorld';
import { webglAvailable } from './webglAvailable';
import { MapLibreBoundary } from './MapLibreBoundary';
import { useMapLibreFailure } from './useMapLibreFailure';

export type { AtlasMapHandle, AtlasMapProps };

/** MapLibre (about 230 KB gzip and its start-up work) loads only when the WebGL map is shown. */
const MapLibreView = lazy(() => import('./MapLibreView'));

/**
 * Screens this narrow (phones) open on the SVG map, which costs a phone no WebGL start-up and no
 * MapLibre download; a button brings the interactive map when the visitor wants to zoom and pan.
 */
const PHONE_QUERY = '(max-width: 600px)';

/** Which map to draw: `webgl` (MapLibre), `svg-light` (phone, until asked), `svg` (no WebGL). */
type Renderer = 'webgl' | 'svg-light' | 'svg';

function initialRenderer(): Renderer {
  // Phones probe WebGL (a first context costs a long task) only once the visitor asks for it.
  if (window.matchMedia(PHONE_QUERY).matches) return 'svg-light';
  return webglAvailable() ? 'webgl' : 'svg';
}

/**
 * How far the live map's own picture is: `fading` while MapLibre's world fades in from under the
 * SVG pictures over it, `done` once it (or the live SVG map) is all there is to see.
 */
function pictureState(
  standIn: boolean,
  mapWorld: MapWorldStatus,
  svgReady: boolean,
): 'fading' | 'done' | undefined {
  if (!standIn) return svgReady ? 'done' : undefined;
  return mapWorld === 'shown' ? 'fading' : mapWorld === 'ready' ? 'done' : undefined;
}

/**
 * The world map region: the MapLibre map (or, without WebGL and on phones until asked, a static SVG
 * map), its legend and controls. For browser tests the region carries `data-map-idle` ("true" once
 * the map is idle after the latest update), `data-partners` (ISO3 codes drawn as partners, most
 * activities first) and `data-map-renderer` (`webgl` | `svg`); `window.__atlasMap` is the MapLibre
 * map.
 */
export function AtlasMap({ ref, ...props }: AtlasMapProps) {
  const { dataset, selection, lang, presenting } = props;
  const regionRef = useRef<HTMLElement>(null);
  const [renderer, setRenderer] = useState<Renderer>(initialRenderer);
  // MapLibre failing at any point (a throw, a lost WebGL context, an error before its first
  // render) ends on the SVG map.
  const fallBack = () => setRenderer('svg');
  useMapLibreFailure(regionRef, renderer === 'webgl', fallBack);
  // Each map fetches its own basemap; the SVG one also stands in while MapLibre loads, unless the
  // page opened on the prerendered map, which stands in until then.
  const onPicture = openedOnPrerenderedMap();
  const svgWorld = useWorld(renderer !== 'webgl' || !onPicture);
  const [mapWorld, setMapWorld] = useState<MapWorldStatus>('loading');
  const status = renderer === 'webgl' ? mapWorld : svgWorld.status;
  const { candidates, maxCount, steps, groupMembers } = useMapScale(dataset);
  const t = mapStrings[lang];
  const readyWorld = svgWorld.status === 'ready' ? svgWorld.world : null;
  // While MapLibre starts, the SVG map lies over it until MapLibre has drawn the world and faded in.
  const standIn = renderer === 'webgl';
  const svgShown = readyWorld !== null && (!standIn || mapWorld !== 'ready');
  // The live map's own picture: while MapLibre's fades in, the SVG pictures over it fade out; then
  // they go (see the stylesheets).
  const picture = pictureState(standIn, mapWorld, readyWorld !== null);

  return (
    <section
      ref={regionRef}
      role="region"
      aria-label={t.worldMap}
      className={`atlas-map${presenting ? ' atlas-map--presenting' : ''}`}
      data-map-renderer={renderer === 'webgl' ? 'webgl' : 'svg'}
      data-map-picture={picture}
    >
      {svgShown && (
        <SvgWorldMap
          {...props}
          ref={standIn ? undefined : ref}
          regionRef={regionRef}
          standIn={standIn}
          candidates={candidates}
          world={readyWorld}
          steps={steps}
          maxCount={maxCount}
          note={
            renderer === 'svg' ? (
              <p className="atlas-map__note">{t.webglMissing}</p>
            ) : renderer === 'svg-light' ? (
              // Where the interactive map has its controls, in the same style.
              <div className="atlas-map__controls">
                <button
                  type="button"
                  onClick={() => {
                    setRenderer(webglAvailable() ? 'webgl' : 'svg');
                  }}
                >
                  {t.zoomAndPan}
                </button>
              </div>
            ) : null
          }
        />
      )}
      {renderer === 'webgl' && (
        <MapLibreBoundary onFail={fallBack}>
          <Suspense fallback={null}>
            <MapLibreView
              {...props}
              ref={ref}
              regionRef={regionRef}
              onWorldStatus={setMapWorld}
              steps={steps}
              maxCount={maxCount}
              groupMembers={groupMembers}
              candidates={candidates}
              onUnavailable={() => {
                setRenderer('svg');
              }}
            />
          </Suspense>
        </MapLibreBoundary>
      )}
      {status === 'loading' && !svgShown && !onPicture && (
        <p className="atlas-map__status">{t.loading}</p>
      )}
      {status === 'error' && (
        <p className="atlas-map__status" role="alert">
          {t.loadError}
        </p>
      )}
      {/* Comparing, the map is coloured by New/Continued/Ended, whose legend the page draws. */}
      {!props.compareClasses && (
        <SelectionLegend dataset={dataset} selection={selection} steps={steps} lang={lang} />
      )}
    </section>
  );
}

export default AtlasMap;
