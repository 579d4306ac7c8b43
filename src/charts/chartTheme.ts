/**
 * Colours and sizes shared by the charts. Text colours keep at least 4.5:1 contrast on
 * white (WCAG AA).
 */
export const chartTheme = {
  /** Axis and label text size, px. */
  fontSize: 12,
  /** Body text, 5.7:1 on white. */
  text: '#595959',
  /** Strong text (values, selected labels), 12.6:1 on white. */
  textStrong: '#262626',
  /** Text of greyed-out marks, 4.5:1 on white. */
  textMuted: '#767676',
  /** Fill of filtered-out (greyed) bars. */
  muted: '#d4d4d4',
  grid: '#ececec',
  axis: '#b3b3b3',
  /** Partner bars: a mid blue, as on the map's sequential scale. */
  partner: '#3a7dbf',
  /** Partner reached only through a group (ASEAN): the same hue, lighter. */
  partnerVia: '#a9c9e8',
  /** The selected partner country. */
  partnerSelected: '#0b3d73',
  /** Animation length for state changes, ms (design: 250–600). */
  durationMs: 400,
} as const;
