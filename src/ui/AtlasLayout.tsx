import { lazy, Suspense, useId, useRef, useState, type RefObject } from 'react';
import type { AtlasMapHandle } from '../map/AtlasMap';
import { useAtlas, useAtlasState } from './AtlasContext';
import { MapStage } from './MapStage';
import { ChartsPanel } from './ChartsPanel';
import { DetailsPanel } from './DetailsPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { FilterPanel } from './FilterPanel';
import { PartnerList } from './PartnerList';
import { SummaryBox } from './SummaryBox';
import { Timeline } from './Timeline';
import { useReducedMotion } from './useReducedMotion';
import { useStrings } from './useStrings';
import { ScenesPanel } from './scenes/ScenesPanel';
import { CompareControls } from './compare/CompareControls';
import { EmbedBar } from './embed/EmbedBar';

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
  const { dataset } = useAtlas();
  const country = useAtlasState((s) => s.country);
  const presenting = useAtlasState((s) => s.presenting);
  const embed = useAtlasState((s) => s.embed && !s.presenting);
  const view = useAtlasState((s) => (s.presenting ? 'map' : s.view));
  const reducedMotion = useReducedMotion();
  const t = useStrings();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const panelRef = useRef<HTMLElement>(null);
  return (
    <main className={`layout ${country ? 'has-details' : ''}`}>
      <div className="stage">
        {view === 'table' && (
          <ErrorBoundary view="table" resetKey={dataset}>
            <Suspense fallback={null}>
              <ActivitiesTable />
            </Suspense>
          </ErrorBoundary>
        )}
        <MapStage
          mapRef={mapRef}
          hidden={view === 'table'}
          presenting={presenting}
          reducedMotion={reducedMotion}
        />
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
            onClick={(e) => {
              const opening = !filtersOpen;
              setFiltersOpen(opening);
              // On a phone the drawer opens below the fold: bring the button and what it opened
              // into view, or the tap seems to do nothing.
              if (opening) {
                const button = e.currentTarget;
                requestAnimationFrame(() => {
                  button.scrollIntoView({
                    block: 'start',
                    behavior: reducedMotion ? 'auto' : 'smooth',
                  });
                });
              }
            }}
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
