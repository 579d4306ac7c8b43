import type { PartnerStat } from '../data/selection';
import { isViaOnly } from '../data/viaOnly';
import { COLOR_VARS } from '../theme/cssVars';
import { LIGHT, type ThemeColors } from '../theme/tokens';
import { stepOf, type CountStep } from './countSteps';

/** The map's colours, from the theme tokens (DESIGN: partners are the only saturated thing). */
export interface MapColors {
  readonly sea: string;
  readonly land: string;
  readonly border: string;
  /** Countries reached only through a group: the partner hue, lighter. */
  readonly via: string;
  readonly viaOutline: string;
  /** Korean-flag red: home and its Seoul dot. */
  readonly home: string;
  /** The arcs from home. */
  readonly arc: string;
  readonly hover: string;
  readonly selected: string;
  readonly labelText: string;
  readonly labelHalo: string;
  /** `Compare periods`: partners New, Continued and Ended. */
  readonly compareNew: string;
  readonly compareContinued: string;
  readonly compareEnded: string;
  /** Partners by count step, fewest activities first (`CountStep.shade` indexes it). */
  readonly partnerSteps: readonly string[];
}

/** The map's colours in a theme. */
export function mapColors(colors: ThemeColors): MapColors {
  return {
    sea: colors.sea,
    land: colors.land,
    border: colors.border,
    via: colors.via,
    viaOutline: colors.viaOutline,
    home: colors.home,
    arc: colors.arc,
    hover: colors.hover,
    selected: colors.selected,
    labelText: colors.labelInk,
    labelHalo: colors.labelHalo,
    compareNew: colors.compareNew,
    compareContinued: colors.compareContinued,
    compareEnded: colors.compareEnded,
    partnerSteps: colors.partnerSteps,
  };
}

/** The light theme's map colours. */
export const MAP_COLORS: MapColors = mapColors(LIGHT);

/**
 * The map's colours as custom properties (`var(--land)`): the SVG map and the legend draw with
 * these, so they follow the theme through the stylesheet, even the picture prerendered at build time.
 */
export const MAP_VARS: MapColors = mapColors(COLOR_VARS);

/**
 * A country's fill, the one rule both maps follow: home in the accent, a country reached only
 * through a group in the via colour, a partner in the colour of the count step it falls in, any
 * other country land. The SVG map calls it per country; `fillColor` in `mapStyle.ts` writes the
 * same rule as a MapLibre expression, and a unit test checks that the two agree count by count.
 */
export function countryFill(
  stat: Pick<PartnerStat, 'count' | 'direct' | 'viaGroups'> | undefined,
  isHome: boolean,
  steps: readonly CountStep[],
  colors: MapColors = MAP_COLORS,
): string {
  if (isHome) return colors.home;
  if (!stat) return colors.land;
  if (!(stat.count > 0)) return colors.land;
  if (isViaOnly(stat)) return colors.via;
  return stepOf(stat.count, steps)?.color ?? colors.land;
}
