import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { AtlasMapHandle, AtlasMapProps } from './atlasMapTypes';
import type { CountStep } from './countSteps';
import { describeCountry } from './describeCountry';
import { snapshotSvg } from './snapshotSvg';
import type { SvgBasemap } from './svgBasemap';
import { useSvgMapModel } from './svgMapModel';
import { SvgMapPicture, type SvgMapActions } from './SvgMapPicture';
import type { ArcPartner } from './toArcFeatures';

interface SvgWorldMapProps extends Pick<
  AtlasMapProps,
  'dataset' | 'selection' | 'lang' | 'selectedCountry' | 'onSelectCountry'
> {
  /** Every country that can be a partner in the dataset: the map is framed on them and home. */
  readonly candidates: readonly ArcPartner[];
  readonly ref?: Ref<AtlasMapHandle> | undefined;
  readonly regionRef: RefObject<HTMLElement | null>;
  readonly world: SvgBasemap;
  /**
   * Shown over the interactive map while it starts: then it leaves the region's test attributes
   * (`data-map-idle`, `data-partners`) to that map.
   */
  readonly standIn?: boolean;
  /** Shown above the map: why it is the static one, or how to get the interactive one. */
  readonly note: ReactNode;
  readonly steps: readonly CountStep[];
  /** Count that gets the widest arc (the dataset's largest). */
  readonly maxCount: number;
}

/**
 * The static map (without WebGL, on phones until the visitor asks for the interactive one, and
 * beneath MapLibre while it starts): a Natural Earth projection drawn by React from the basemap
 * the build projected, framed on home and the dataset's partners, partners filled with the same
 * steps, each partner a button with a title.
 */
export function SvgWorldMap(props: SvgWorldMapProps) {
  const { ref, regionRef, world, dataset, selection, lang, selectedCountry, onSelectCountry } =
    props;
  const { steps, maxCount, candidates, standIn = false, note } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const model = useSvgMapModel(dataset.home, selection, candidates, maxCount);

  useImperativeHandle(
    ref,
    () => ({
      fitToPartners: () => undefined,
      getCamera: () => null,
      flyTo: () => undefined,
      nudge: () => undefined,
      snapshot: (box) =>
        svgRef.current ? snapshotSvg(svgRef.current, box) : Promise.resolve(null),
      snapshotNow: () => null,
    }),
    [],
  );
  useEffect(() => {
    if (standIn) return;
    regionRef.current?.setAttribute('data-map-idle', 'true');
    // Browser-test builds only (README, "Test hooks").
    if (import.meta.env.VITE_ATLAS_TEST_HOOKS === '1')
      regionRef.current?.setAttribute(
        'data-partners',
        selection.partners.map((p) => p.iso3).join(','),
      );
  }, [regionRef, selection, standIn]);

  const actions = useMemo<SvgMapActions>(
    () => ({
      describe: (iso3, name) => {
        const stat = model.stats.get(iso3);
        const d = describeCountry(iso3, name, stat, dataset, lang);
        return [d.name, d.figure, d.note].filter(Boolean).join(', ');
      },
      onSelect: onSelectCountry,
    }),
    [model.stats, dataset, lang, onSelectCountry],
  );

  return (
    <div className={`atlas-map__svg${standIn ? ' atlas-map__svg--stand-in' : ''}`}>
      {note}
      <SvgMapPicture
        world={world}
        model={model}
        home={dataset.home}
        steps={steps}
        selectedCountry={selectedCountry}
        actions={actions}
        svgRef={svgRef}
      />
    </div>
  );
}
