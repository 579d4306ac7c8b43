import './atlasMap.css';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { NO_FILTERS } from '../data/filters';
import { selectView } from '../data/selectView';
import { mapStrings } from '../i18n/mapStrings';
import { datasetWords } from '../i18n/words';
import type { AtlasMapHandle, AtlasMapProps } from './atlasMapTypes';
import { countSteps } from './countSteps';
import { MapLegend } from './MapLegend';
import { SvgWorldMap } from './SvgWorldMap';
import { useWorld } from './useWorld';
import { webglAvailable } from './webglAvailable';
import { viaOnlyGroups } from '../data/viaOnly';

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
  if (!webglAvailable()) return 'svg';
  return window.matchMedia(PHONE_QUERY).matches ? 'svg-light' : 'webgl';
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
  // Each map fetches its own basemap; the SVG one also stays as the stand-in while MapLibre loads.
  const svgWorld = useWorld(renderer !== 'webgl');
  const [mapWorld, setMapWorld] = useState<'loading' | 'ready' | 'error'>('loading');
  const status = renderer === 'webgl' ? mapWorld : svgWorld.status;
  // Every country that can ever be a partner, from the unfiltered selection: colours keep their
  // meaning while filters (or the year player) change, and outlines are limited to these.
  const candidates = useMemo(() => selectView(dataset, NO_FILTERS).partners, [dataset]);
  const maxCount = candidates[0]?.count ?? 0;
  const interactive = useMemo(
    () => [dataset.home, ...candidates.map((p) => p.iso3)],
    [dataset, candidates],
  );
  const steps = useMemo(() => countSteps(maxCount), [maxCount]);
  const t = mapStrings[lang];
  const w = datasetWords(dataset, lang);
  const groupNames = useMemo(
    () => viaOnlyGroups(selection.partners, dataset).map((g) => w.group(g.id)),
    [dataset, selection, w],
  );
  const readyWorld = svgWorld.status === 'ready' ? svgWorld.world : null;
  // After "Zoom and pan", the SVG map stays beneath MapLibre until MapLibre has drawn the world.
  const standIn = renderer === 'webgl';
  const svgShown = readyWorld !== null && (!standIn || mapWorld !== 'ready');

  return (
    <section
      ref={regionRef}
      role="region"
      aria-label={t.worldMap}
      className={`atlas-map${presenting ? ' atlas-map--presenting' : ''}`}
      data-map-renderer={renderer === 'webgl' ? 'webgl' : 'svg'}
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
                    setRenderer('webgl');
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
        <Suspense fallback={null}>
          <MapLibreView
            {...props}
            ref={ref}
            regionRef={regionRef}
            onWorldStatus={setMapWorld}
            steps={steps}
            maxCount={maxCount}
            interactive={interactive}
            candidates={candidates}
            onUnavailable={() => {
              setRenderer('svg');
            }}
          />
        </Suspense>
      )}
      {status === 'loading' && !svgShown && <p className="atlas-map__status">{t.loading}</p>}
      {status === 'error' && (
        <p className="atlas-map__status" role="alert">
          {t.loadError}
        </p>
      )}
      <MapLegend
        steps={steps}
        groupNames={groupNames}
        homeName={w.home}
        empty={selection.partners.length === 0}
        lang={lang}
      />
    </section>
  );
}

export default AtlasMap;
