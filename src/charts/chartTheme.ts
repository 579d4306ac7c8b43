import { COLOR_VARS } from '../theme/cssVars';

/**
 * Colours and sizes the charts draw with in SVG attributes, from the theme tokens as custom
 * properties (`var(--partner)`), so the bars follow the theme on screen as their CSS does; a
 * downloaded SVG gets the computed colours (src/charts/chartSvg.ts).
 */
export const chartTheme = {
  /** Fill of filtered-out (greyed) bars. */
  muted: COLOR_VARS.chartMuted,
  axis: COLOR_VARS.chartAxis,
  /** Partner bars: a mid blue, as on the map's sequential scale. */
  partner: COLOR_VARS.partner,
  /** Partner reached only through a group (ASEAN): the same hue, lighter, as on the map. */
  partnerVia: COLOR_VARS.via,
  /** The selected partner country. */
  partnerSelected: COLOR_VARS.partnerSelected,
  /** Animation length for state changes, ms (design: 250–600). */
  durationMs: 400,
} as const;
