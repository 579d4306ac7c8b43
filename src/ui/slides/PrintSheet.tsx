import type { RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { PrintSheetContent } from './PrintSheetContent';
import { usePrinting } from './usePrinting';

/**
 * What a printed page adds under the map: the map's picture, the summary, the filters in words
 * and the sources. Hidden on screen (src/ui/styles/print.css) and empty until the page is printed,
 * so a filter change or a map update costs it nothing; `beforeprint` fills it at once.
 */
export function PrintSheet({ mapRef }: { mapRef: RefObject<AtlasMapHandle | null> }) {
  const printing = usePrinting();
  return (
    <section className="print-sheet" aria-hidden="true">
      {printing && <PrintSheetContent mapRef={mapRef} />}
    </section>
  );
}
