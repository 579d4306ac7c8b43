import { SelectionLegend } from './MapLegend';
import type { StaticMapInput } from './PrerenderedMap';
import type { SvgBasemap } from './svgBasemap';
import { useSvgMapModel } from './svgMapModel';
import { SvgMapPicture } from './SvgMapPicture';
import { useMapScale } from './useMapScale';

/**
 * The SVG map as the page opens, drawn by the build into index.html (see src/prerender.tsx): the
 * same drawing as the live SVG map's first picture, inert (no buttons, no titles) and hidden from
 * assistive technology, since it stands in only until the live map shows.
 */
export function StaticMapPicture({
  world,
  dataset,
  selection,
}: StaticMapInput & { world: SvgBasemap }) {
  const { candidates, maxCount, steps } = useMapScale(dataset);
  const model = useSvgMapModel(dataset.home, selection, candidates, maxCount);
  return (
    <>
      <SvgMapPicture
        world={world}
        model={model}
        home={dataset.home}
        steps={steps}
        selectedCountry={null}
      />
      {/* The live map's legend, in the same place, so it is there from the first paint too. */}
      <div className="map-legend-host">
        <SelectionLegend dataset={dataset} selection={selection} steps={steps} lang="en" />
      </div>
    </>
  );
}
