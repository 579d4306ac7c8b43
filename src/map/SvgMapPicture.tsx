import type { Ref } from 'react';
import type { PartnerStat } from '../data/selection';
import type { Iso3 } from '../data/types';
import { isViaOnly } from '../data/viaOnly';
import { COLOR_VARS } from '../theme/cssVars';
import { withPalette, type CountStep } from './countSteps';
import { countryFill, MAP_VARS } from './mapColors';
import type { SvgBasemap, SvgCountry } from './svgBasemap';
import type { SvgMapModel } from './svgMapModel';

/** What makes the partners of the SVG map buttons (absent on the prerendered picture). */
export interface SvgMapActions {
  /** The partner's accessible name and tooltip. */
  readonly describe: (iso3: string, name: string) => string;
  readonly onSelect: (iso3: string) => void;
}

export interface SvgMapPictureProps {
  readonly world: SvgBasemap;
  readonly model: SvgMapModel;
  readonly home: Iso3;
  readonly steps: readonly CountStep[];
  readonly selectedCountry: string | null;
  /** Without actions the picture is inert (the page as prerendered, before any script runs). */
  readonly actions?: SvgMapActions | undefined;
  readonly svgRef?: Ref<SVGSVGElement> | undefined;
}

interface CountryPathProps {
  readonly country: SvgCountry;
  readonly stat: PartnerStat | undefined;
  readonly fill: string;
  readonly selected: boolean;
  readonly actions: SvgMapActions | undefined;
}

/** One country: plain land, or a partner (a button when the map has actions). */
function CountryPath({ country, stat, fill, selected, actions }: CountryPathProps) {
  const { iso3, name, d } = country;
  if (!stat || !iso3) {
    return <path d={d} fill={fill} stroke={MAP_VARS.border} strokeWidth={0.4} />;
  }
  const via = isViaOnly(stat);
  const look = {
    d,
    fill,
    stroke: selected ? MAP_VARS.selected : via ? MAP_VARS.viaOutline : MAP_VARS.border,
    strokeWidth: selected ? 1.6 : 0.6,
    strokeDasharray: via ? '2 1.5' : undefined,
  };
  if (!actions) return <path {...look} />;
  const label = actions.describe(iso3, name);
  return (
    <path
      {...look}
      className="atlas-map__svg-partner"
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={() => {
        actions.onSelect(iso3);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          actions.onSelect(iso3);
        }
      }}
    >
      <title>{label}</title>
    </path>
  );
}

/** Small partners' dots (countries too small to see) and home's dot. */
function Dots({ world, model, steps }: Pick<SvgMapPictureProps, 'world' | 'model' | 'steps'>) {
  const { stats, project, homeAt } = model;
  const home = homeAt ? project([homeAt[0], homeAt[1]]) : null;
  return (
    <>
      {world.markers.features.map((f) => {
        const stat = f.properties.iso3 ? stats.get(f.properties.iso3) : undefined;
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
            fill={countryFill(stat, false, steps, MAP_VARS)}
            stroke={via ? MAP_VARS.viaOutline : MAP_VARS.border}
            strokeWidth={via ? 0.8 : 1}
            pointerEvents="none"
          />
        );
      })}
      {home && (
        <circle
          cx={home[0]}
          cy={home[1]}
          r={3.5}
          fill={MAP_VARS.home}
          stroke={MAP_VARS.border}
          strokeWidth={1.2}
        />
      )}
    </>
  );
}

/**
 * The SVG map's drawing: the basemap the build projected, partners filled by count step, arcs from
 * home, small partners' and home's dots. Colours are attributes naming the theme's custom
 * properties (`var(--land)`), so the picture follows the theme, even as prerendered at build time;
 * the export resolves them (snapshotSvg.ts).
 */
export function SvgMapPicture(props: SvgMapPictureProps) {
  const { world, model, home, selectedCountry, actions, svgRef } = props;
  const steps = withPalette(props.steps, COLOR_VARS.partnerSteps);
  const { frame, stats, arcs } = model;
  return (
    <svg
      ref={svgRef}
      viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <path d={world.sphere} fill={MAP_VARS.sea} />
      {world.countries.map((c, i) => {
        const stat = c.iso3 ? stats.get(c.iso3) : undefined;
        return (
          <CountryPath
            key={i}
            country={c}
            stat={stat}
            fill={countryFill(stat, c.iso3 === home, steps, MAP_VARS)}
            selected={c.iso3 !== null && c.iso3 === selectedCountry}
            actions={actions}
          />
        );
      })}
      {arcs.map((arc) => (
        <path
          key={arc.iso3}
          d={arc.d}
          fill="none"
          stroke={MAP_VARS.arc}
          strokeOpacity={arc.via ? 0.3 : 0.6}
          strokeWidth={arc.width * 0.7}
          strokeLinecap="round"
        />
      ))}
      <Dots world={world} model={model} steps={steps} />
    </svg>
  );
}
