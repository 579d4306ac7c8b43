import './atlasMap.css';
import { useMemo, useRef, useState } from 'react';
import { getCountry } from '../data/countries';
import { NO_FILTERS } from '../data/filters';
import { selectView } from '../data/selectView';
import { localize } from '../i18n/lang';
import { mapStrings } from '../i18n/mapStrings';
import type { AtlasMapHandle, AtlasMapProps } from './atlasMapTypes';
import { countSteps } from './countSteps';
import { MapLegend } from './MapLegend';
import { MapLibreView } from './MapLibreView';
import { MAP_WORLD } from './mapWorld';
import { SvgWorldMap } from './SvgWorldMap';
import { useWorld } from './useWorld';
import { webglAvailable } from './webglAvailable';
import { viaOnlyGroups } from '../data/viaOnly';

export type { AtlasMapHandle, AtlasMapProps };

/**
 * The world map region: the MapLibre map (or, without WebGL, a static SVG map), its legend and
 * controls. For browser tests the region carries `data-map-idle` ("true" once the map is idle
 * after the latest update), `data-partners` (ISO3 codes drawn as partners, most activities first)
 * and `data-map-renderer` (`webgl` | `svg`); `window.__atlasMap` is the MapLibre map.
 */
export function AtlasMap({ ref, ...props }: AtlasMapProps) {
  const { dataset, selection, lang, presenting } = props;
  const regionRef = useRef<HTMLElement>(null);
  const [renderer, setRenderer] = useState<'webgl' | 'svg'>(() =>
    webglAvailable() ? 'webgl' : 'svg',
  );
  // The WebGL map's basemap is built with the app; only the SVG map loads and builds one here.
  const svgWorld = useWorld(renderer === 'svg');
  const [mapWorld, setMapWorld] = useState<'loading' | 'ready' | 'error'>('loading');
  const status = renderer === 'svg' ? svgWorld.status : mapWorld;
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
  const homeInfo = getCountry(dataset.home);
  const homeName = homeInfo ? localize(homeInfo.name, lang) : dataset.home;
  const groupNames = useMemo(
    () => viaOnlyGroups(selection.partners, dataset).map((g) => localize(g.name, lang)),
    [dataset, selection, lang],
  );
  const readyWorld = svgWorld.status === 'ready' ? svgWorld.world : null;

  return (
    <section
      ref={regionRef}
      role="region"
      aria-label={t.worldMap}
      className={`atlas-map${presenting ? ' atlas-map--presenting' : ''}`}
      data-map-renderer={renderer}
    >
      {renderer === 'webgl' ? (
        <MapLibreView
          {...props}
          ref={ref}
          regionRef={regionRef}
          world={MAP_WORLD}
          onWorldStatus={setMapWorld}
          steps={steps}
          maxCount={maxCount}
          interactive={interactive}
          candidates={candidates}
          onUnavailable={() => {
            setRenderer('svg');
          }}
        />
      ) : readyWorld ? (
        <SvgWorldMap
          {...props}
          ref={ref}
          regionRef={regionRef}
          world={readyWorld}
          steps={steps}
          maxCount={maxCount}
        />
      ) : null}
      {status === 'loading' && <p className="atlas-map__status">{t.loading}</p>}
      {status === 'error' && (
        <p className="atlas-map__status" role="alert">
          {t.loadError}
        </p>
      )}
      <MapLegend
        steps={steps}
        groupNames={groupNames}
        homeName={homeName}
        empty={selection.partners.length === 0}
        lang={lang}
      />
    </section>
  );
}

export default AtlasMap;
