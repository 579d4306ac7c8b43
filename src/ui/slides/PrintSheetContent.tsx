import { briefingStrings } from '../../i18n/briefingStrings';
import { useAtlas, useAtlasState, useSelection } from '../AtlasContext';
import { summarySentence } from '../summaryText';
import { useStrings } from '../useStrings';
import type { RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { usePrintMap } from './usePrintMap';
import { compareSentence } from '../compare/compareSentence';
import { filterLines, sourceLines, viewComparison } from './viewWords';

/** The print sheet's content: the map's picture, the summary, the filters in words, the sources. */
export function PrintSheetContent({ mapRef }: { mapRef: RefObject<AtlasMapHandle | null> }) {
  const printMap = usePrintMap(mapRef);
  const { dataset } = useAtlas();
  const selection = useSelection();
  const state = useAtlasState((s) => s);
  const t = useStrings();
  const b = briefingStrings[state.lang];
  const comparison = viewComparison(dataset, state);
  return (
    <>
      <div className="print-map" ref={printMap} />
      <div className="print-sheet__summary">
        <p className="print-sheet__figures">
          {t.activities(selection.totals.activities)} ·{' '}
          {t.partnerCountries(selection.totals.partnerCountries)}
        </p>
        <p>{summarySentence(selection, t, state.lang)}</p>
        {comparison && <p>{compareSentence(comparison, dataset, state.lang)}</p>}
        <h2>{b.printFilters}</h2>
        <ul>
          {filterLines({ dataset, selection, state }).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div className="print-sheet__sources">
        <h2>{b.printSources}</h2>
        <ul>
          {sourceLines(dataset, selection).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </>
  );
}
