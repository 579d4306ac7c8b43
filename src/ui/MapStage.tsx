import { lazy, Suspense, useMemo, useRef, type RefObject } from 'react';
import type { AtlasMapHandle } from '../map/AtlasMap';
import { PrerenderedMap } from '../map/PrerenderedMap';
import { localize } from '../i18n/lang';
import { update } from '../state/store';
import { selectCountry } from '../state/updaters';
import { useAtlas, useAtlasState, useSelection } from './AtlasContext';
import { ErrorBoundary } from './ErrorBoundary';
import { SummaryBox } from './SummaryBox';
import { CompareLegend } from './compare/CompareLegend';
import { useComparison } from './compare/useComparison';
import { useMapKeyboard } from './keyboard/useMapKeyboard';
import { SceneStatus } from './scenes/SceneStatus';
import { useHydrated } from './useHydrated';
import { useStrings } from './useStrings';

/** MapLibre and its styles load after the first render, so the page shows its controls at once. */
const AtlasMap = lazy(() => import('../map/AtlasMap'));

/**
 * The map area: the prerendered picture, the live map, its compare legend and the presentation
 * card. The only part of the stage that reads the selection, so a filter change re-renders it and
 * not the panels around it.
 */
export function MapStage({
  mapRef,
  hidden,
  presenting,
  reducedMotion,
}: {
  mapRef: RefObject<AtlasMapHandle | null>;
  hidden: boolean;
  presenting: boolean;
  reducedMotion: boolean;
}) {
  const { dataset, store } = useAtlas();
  const selection = useSelection();
  const lang = useAtlasState((s) => s.lang);
  const country = useAtlasState((s) => s.country);
  const comparison = useComparison();
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const mapKeys = useMapKeyboard(mapAreaRef, mapRef);
  const compareClasses = useMemo(
    () => (comparison ? new Map(comparison.changes.map((c) => [c.iso3, c.cls])) : null),
    [comparison],
  );
  const hydrated = useHydrated();
  const t = useStrings();
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {mapKeys.message}
      </p>
      <div className="map-area" hidden={hidden} ref={mapAreaRef} {...mapKeys.props}>
        {/* The prerendered map (a complete SVG picture) shows until the live map has its own. */}
        <PrerenderedMap dataset={dataset} selection={selection} />
        {hydrated && (
          <ErrorBoundary view="map" resetKey={dataset}>
            <Suspense fallback={null}>
              <AtlasMap
                ref={mapRef}
                dataset={dataset}
                selection={selection}
                lang={lang}
                selectedCountry={country}
                onSelectCountry={(iso3) => update(store, (s) => selectCountry(s, iso3))}
                presenting={presenting}
                reducedMotion={reducedMotion}
                compareClasses={compareClasses}
                focusedCountry={mapKeys.focused}
              />
            </Suspense>
          </ErrorBoundary>
        )}
        {comparison && <CompareLegend comparison={comparison} />}
        {presenting && (
          <div className="present-overlay" data-map-obstacle="">
            <h2 className="present-title">{localize(dataset.title, lang)}</h2>
            <SceneStatus />
            <SummaryBox large />
            <button
              type="button"
              className="primary"
              onClick={() => store.setState({ presenting: false })}
            >
              {t.exitPresentation}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
