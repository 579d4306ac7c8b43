import { geoPath } from 'd3-geo';
import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { anchorOf } from '../data/countries';
import type { AtlasMapHandle, AtlasMapProps } from './atlasMapTypes';
import type { CountStep } from './countSteps';
import { describeCountry } from './describeCountry';
import { MAP_COLORS } from './mapColors';
import { snapshotSvg } from './snapshotSvg';
import { svgFrame } from './svgFrame';
import { toArcFeatures, type ArcPartner } from './toArcFeatures';
import { svgProjection, type SvgBasemap } from './svgBasemap';
import { isViaOnly } from '../data/viaOnly';

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
   * Shown beneath the interactive map while it starts: then it leaves the region's test attributes
   * (`data-map-idle`, `data-partners`) to that map.
   */
  readonly standIn?: boolean;
  /** Shown above the map: why it is the static one, or how to get the interactive one. */
  readonly note: ReactNode;
  readonly steps: readonly CountStep[];
  /** Count that gets the widest arc (the dataset's largest). */
  readonly maxCount: number;
}

function colorFor(count: number, steps: readonly CountStep[]): string {
  return steps.findLast((s) => count >= s.min)?.color ?? MAP_COLORS.land;
}

/**
 * The static map (without WebGL, and on phones until the visitor asks for the interactive one): a
 * Natural Earth projection drawn by React from the basemap the build projected, framed on home and
 * the dataset's partners, partners filled with the same steps, each partner a button with a title.
 */
export function SvgWorldMap(props: SvgWorldMapProps) {
  const {
    ref,
    regionRef,
    world,
    dataset,
    selection,
    lang,
    selectedCountry,
    onSelectCountry,
    steps,
    maxCount,
    candidates,
    standIn = false,
    note,
  } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const homeAt = anchorOf(dataset.home);
  // The countries come projected from the build; only arcs and markers are projected here.
  const { path, project } = useMemo(() => {
    const projection = svgProjection();
    return { path: geoPath(projection).digits(1), project: projection };
  }, []);
  // Framed on every possible partner (not the filtered ones), so filters never move the map.
  const frame = useMemo(() => {
    if (!homeAt) return svgFrame(path, []);
    const arcsOfAll = toArcFeatures({ partners: candidates }, homeAt).features;
    return svgFrame(path, [...arcsOfAll, { type: 'Point', coordinates: [...homeAt] }]);
  }, [path, candidates, homeAt]);
  const stats = useMemo(() => new Map(selection.partners.map((s) => [s.iso3, s])), [selection]);
  const arcs = useMemo(
    () => (homeAt ? toArcFeatures(selection, homeAt, maxCount).features : []),
    [selection, homeAt, maxCount],
  );

  useImperativeHandle(
    ref,
    () => ({
      fitToPartners: () => undefined,
      getCamera: () => null,
      flyTo: () => undefined,
      snapshot: (box) =>
        svgRef.current ? snapshotSvg(svgRef.current, box) : Promise.resolve(null),
    }),
    [],
  );
  useEffect(() => {
    if (standIn) return;
    regionRef.current?.setAttribute('data-map-idle', 'true');
    regionRef.current?.setAttribute(
      'data-partners',
      selection.partners.map((p) => p.iso3).join(','),
    );
  }, [regionRef, selection, standIn]);

  const describe = (iso3: string, name: string) => {
    const d = describeCountry(iso3, name, stats.get(iso3), dataset, lang);
    return [d.name, d.figure, d.note].filter(Boolean).join(', ');
  };

  return (
    <div className="atlas-map__svg">
      {note}
      <svg
        ref={svgRef}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <path d={world.sphere} fill={MAP_COLORS.sea} />
        {world.countries.map(({ iso3, name, d }, i) => {
          const stat = iso3 ? stats.get(iso3) : undefined;
          const isHome = iso3 === dataset.home;
          const via = stat ? isViaOnly(stat) : false;
          const fill = isHome
            ? MAP_COLORS.home
            : stat
              ? via
                ? MAP_COLORS.via
                : colorFor(stat.count, steps)
              : MAP_COLORS.land;
          if (!stat || !iso3) {
            return <path key={i} d={d} fill={fill} stroke={MAP_COLORS.border} strokeWidth={0.4} />;
          }
          const label = describe(iso3, name);
          return (
            <path
              key={i}
              d={d}
              fill={fill}
              stroke={
                iso3 === selectedCountry
                  ? MAP_COLORS.selected
                  : via
                    ? MAP_COLORS.viaOutline
                    : MAP_COLORS.border
              }
              strokeWidth={iso3 === selectedCountry ? 1.6 : 0.6}
              strokeDasharray={via ? '2 1.5' : undefined}
              className="atlas-map__svg-partner"
              role="button"
              tabIndex={0}
              aria-label={label}
              onClick={() => {
                onSelectCountry(iso3);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelectCountry(iso3);
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
        {arcs.map((arc) => (
          <path
            key={arc.properties.iso3}
            d={path(arc) ?? ''}
            fill="none"
            stroke={MAP_COLORS.home}
            strokeOpacity={arc.properties.via ? 0.3 : 0.6}
            strokeWidth={arc.properties.width * 0.7}
            strokeLinecap="round"
          />
        ))}
        {world.markers.features.map((f) => {
          const iso3 = f.properties.iso3;
          const stat = iso3 ? stats.get(iso3) : undefined;
          const [lon = 0, lat = 0] = f.geometry.coordinates;
          const xy = stat ? project([lon, lat]) : null;
          if (!stat || !xy) return null;
          const via = isViaOnly(stat);
          return (
            <circle
              key={f.id}
              cx={xy[0]}
              cy={xy[1]}
              r={3}
              fill={via ? MAP_COLORS.via : colorFor(stat.count, steps)}
              stroke={via ? MAP_COLORS.viaOutline : '#fff'}
              strokeWidth={via ? 0.8 : 1}
              pointerEvents="none"
            />
          );
        })}
        {homeAt &&
          (() => {
            const xy = project([homeAt[0], homeAt[1]]);
            return xy ? (
              <circle
                cx={xy[0]}
                cy={xy[1]}
                r={3.5}
                fill={MAP_COLORS.home}
                stroke="#fff"
                strokeWidth={1.2}
              />
            ) : null;
          })()}
      </svg>
    </div>
  );
}
