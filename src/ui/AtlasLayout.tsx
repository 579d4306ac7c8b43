import { lazy, Suspense, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { AtlasMapHandle } from '../map/AtlasMap';
import { PrerenderedMap } from '../map/PrerenderedMap';
import { update } from '../state/store';
import { selectCountry } from '../state/updaters';
import { useAtlas, useAtlasState } from './AtlasContext';
import { ChartsPanel } from './ChartsPanel';
import { DetailsPanel } from './DetailsPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { FilterPanel } from './FilterPanel';
import { PartnerList } from './PartnerList';
import { SummaryBox } from './SummaryBox';
import { Timeline } from './Timeline';
import { useHydrated } from './useHydrated';
import { useReducedMotion } from './useReducedMotion';
import { useStrings } from './useStrings';
import { localize } from '../i18n/lang';
import { ScenesPanel } from './scenes/ScenesPanel';
import { SceneStatus } from './scenes/SceneStatus';
import { analystStrings } from '../i18n/analystStrings';
import { ViewBoundary } from './ViewBoundary';
import { CompareControls } from './compare/CompareControls';
import { CompareLegend } from './compare/CompareLegend';
import { useComparison } from './compare/useComparison';
import { useMapKeyboard } from './keyboard/useMapKeyboard';
import { EmbedBar } from './embed/EmbedBar';

/** MapLibre and its styles load after the first render, so the page shows its controls at once. */
const AtlasMap = lazy(() => import('../map/AtlasMap'));

/** The table (and TanStack Virtual) loads when first shown. */
const ActivitiesTable = lazy(() =>
  import('./table/ActivitiesTable').then((m) => ({ default: m.ActivitiesTable })),
);

export function AtlasLayout({
  mapRef,
  linkSources,
}: {
  mapRef: RefObject<AtlasMapHandle | null>;
  linkSources: boolean;
}) {
  const { dataset, selection, store } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const country = useAtlasState((s) => s.country);
  const presenting = useAtlasState((s) => s.presenting);
  const embed = useAtlasState((s) => s.embed && !s.presenting);
  const view = useAtlasState((s) => (s.presenting ? 'map' : s.view));
  const reducedMotion = useReducedMotion();
  const comparison = useComparison();
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const mapKeys = useMapKeyboard(mapAreaRef);
  const compareClasses = useMemo(
    () => (comparison ? new Map(comparison.changes.map((c) => [c.iso3, c.cls])) : null),
    [comparison],
  );
  const hydrated = useHydrated();
  const t = useStrings();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const panelRef = useRef<HTMLElement>(null);
  return (
    <main className={`layout ${country ? 'has-details' : ''}`}>
      <div className="stage">
        {view === 'table' && (
          <ViewBoundary message={analystStrings[lang].tableFailed}>
            <Suspense fallback={null}>
              <ActivitiesTable />
            </Suspense>
          </ViewBoundary>
        )}
        <p className="visually-hidden" aria-live="polite">
          {mapKeys.message}
        </p>
        <div className="map-area" hidden={view === 'table'} ref={mapAreaRef} {...mapKeys.props}>
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
        <ErrorBoundary view="timeline" resetKey={dataset}>
          <Timeline />
        </ErrorBoundary>
        {embed && <EmbedBar />}
      </div>
      {!presenting && !embed && (
        <aside className="panel" ref={panelRef}>
          <SummaryBox />
          <CompareControls />
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {t.filters}
          </button>
          <div id={filtersId} className={`filters-drawer ${filtersOpen ? 'open' : ''}`}>
            <ErrorBoundary view="filters" resetKey={dataset}>
              <FilterPanel />
            </ErrorBoundary>
          </div>
          <ErrorBoundary view="scenes" resetKey={dataset}>
            <ScenesPanel />
          </ErrorBoundary>
          <ChartsPanel reducedMotion={reducedMotion} />
          <section className="partners-section">
            <h2 className="panel-heading">{t.partnerList}</h2>
            <ErrorBoundary view="partners" resetKey={dataset}>
              <PartnerList />
            </ErrorBoundary>
          </section>
        </aside>
      )}
      {!presenting && !embed && (
        <ErrorBoundary view="details" resetKey={dataset}>
          <DetailsPanel linkSources={linkSources} />
        </ErrorBoundary>
      )}
    </main>
  );
}
