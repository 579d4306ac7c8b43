import type { YearBarsLayout } from './layoutYearBars';

/**
 * The pixel span `[x0, x1]` that covers the bands of the years `from` to `to`, clamped to
 * the layout's years: where the brush draws a range. Null when no year of the layout is
 * inside the range.
 */
export function pixelsFromYears(
  from: number,
  to: number,
  layout: Pick<YearBarsLayout, 'years' | 'step' | 'plot'>,
): readonly [number, number] | null {
  const { years, step, plot } = layout;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const i0 = years.findIndex((y) => y >= lo);
  const i1 = years.findLastIndex((y) => y <= hi);
  if (i0 < 0 || i1 < i0 || !(step > 0)) return null;
  return [plot.left + i0 * step, plot.left + (i1 + 1) * step];
}
