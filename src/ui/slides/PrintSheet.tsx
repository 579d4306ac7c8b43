import { briefingStrings } from '../../i18n/briefingStrings';
import { useAtlas, useAtlasState, useSelection } from '../AtlasContext';
import { summarySentence } from '../summaryText';
import { useStrings } from '../useStrings';
import type { RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { usePrintMap } from './usePrintMap';
import { filterLines, sourceLines } from './viewPicture';

/**
 * What a printed page adds under the map: the summary, the filters in words and the sources.
 * Hidden on screen; the print stylesheet shows it (src/ui/styles/print.css).
 */
export function PrintSheet({ mapRef }: { mapRef: RefObject<AtlasMapHandle | null> }) {
  const printMap = usePrintMap(mapRef);
  const { dataset } = useAtlas();
  const selection = useSelection();
  const state = useAtlasState((s) => s);
  const t = useStrings();
  const b = briefingStrings[state.lang];
  return (
    <section className="print-sheet" aria-hidden="true">
      <div className="print-map" ref={printMap} />
      <div className="print-sheet__summary">
        <p className="print-sheet__figures">
          {t.activities(selection.totals.activities)} ·{' '}
          {t.partnerCountries(selection.totals.partnerCountries)}
        </p>
        <p>{summarySentence(selection, t, state.lang)}</p>
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
    </section>
  );
}
