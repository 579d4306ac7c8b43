import { LIGHT } from '../theme/tokens';

/**
 * Colours and sizes the charts draw with in SVG attributes, from the theme tokens (their CSS reads
 * the same tokens as custom properties). Text colours keep at least 4.5:1 on the background.
 */
export const chartTheme = {
  /** Fill of filtered-out (greyed) bars. */
  muted: LIGHT.chartMuted,
  axis: LIGHT.chartAxis,
  /** Partner bars: a mid blue, as on the map's sequential scale. */
  partner: LIGHT.partner,
  /** Partner reached only through a group (ASEAN): the same hue, lighter, as on the map. */
  partnerVia: LIGHT.via,
  /** The selected partner country. */
  partnerSelected: LIGHT.partnerSelected,
  /** Animation length for state changes, ms (design: 250–600). */
  durationMs: 400,
} as const;
