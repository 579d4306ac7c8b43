import { PartnerChart } from '../charts/PartnerChart';
import { SectorChart } from '../charts/SectorChart';
import { YearChart } from '../charts/YearChart';
import { update } from '../state/store';
import { selectCountry, setYears, toggleSector } from '../state/updaters';
import { useAtlas, useAtlasState, useSelection } from './AtlasContext';
import { ErrorBoundary } from './ErrorBoundary';
import { analystStrings } from '../i18n/analystStrings';
import { ComparePartnerChart } from './compare/ComparePartnerChart';
import { useComparison } from './compare/useComparison';

/** The three linked charts; each reads the shared selection and writes back through the store. */
export function ChartsPanel({ reducedMotion }: { reducedMotion: boolean }) {
  const { dataset, store } = useAtlas();
  const selection = useSelection();
  const lang = useAtlasState((s) => s.lang);
  const selected = useAtlasState((s) => s.country);
  const sectorIds = dataset.sectors.map((s) => s.id);
  const comparison = useComparison();
  const a = analystStrings[lang];
  const periods = comparison
    ? [
        { ...comparison.a.range, label: a.periodA, className: 'period-a' },
        { ...comparison.b.range, label: a.periodB, className: 'period-b' },
      ]
    : [];
  return (
    <div className="charts">
      <ErrorBoundary view="yearChart" resetKey={dataset}>
        <YearChart
          selection={selection}
          dataset={dataset}
          lang={lang}
          reducedMotion={reducedMotion}
          periods={periods}
          onRangeChange={(from, to) =>
            update(store, (s) => setYears({ ...s, playing: false }, from, to, selection.yearSpan))
          }
        />
      </ErrorBoundary>
      <ErrorBoundary view="sectorChart" resetKey={dataset}>
        <SectorChart
          selection={selection}
          dataset={dataset}
          lang={lang}
          reducedMotion={reducedMotion}
          onToggleSector={(id) => update(store, (s) => toggleSector(s, id, sectorIds))}
        />
      </ErrorBoundary>
      <ErrorBoundary view="partnerChart" resetKey={dataset}>
        {comparison ? (
          <ComparePartnerChart comparison={comparison} />
        ) : (
          <PartnerChart
            selection={selection}
            dataset={dataset}
            lang={lang}
            reducedMotion={reducedMotion}
            selectedCountry={selected}
            onSelectCountry={(iso3) => update(store, (s) => selectCountry(s, iso3))}
          />
        )}
      </ErrorBoundary>
    </div>
  );
}
