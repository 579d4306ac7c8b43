import type { YearBarsLayout } from './layoutYearBars';

/**
 * The whole years a brushed pixel span `[x0, x1]` selects: every year whose band centre
 * lies inside it, or, when the span covers no centre (a short drag), the year under its
 * midpoint. Clamped to the layout's years; null when there are none or the input is NaN.
 */
export function yearsFromPixels(
  x0: number,
  x1: number,
  layout: Pick<YearBarsLayout, 'years' | 'step' | 'plot'>,
): { readonly from: number; readonly to: number } | null {
  const { years, step, plot } = layout;
  const n = years.length;
  if (n === 0 || !(step > 0) || !Number.isFinite(x0) || !Number.isFinite(x1)) return null;
  const a = (Math.min(x0, x1) - plot.left) / step;
  const b = (Math.max(x0, x1) - plot.left) / step;
  const clamp = (i: number): number => Math.min(n - 1, Math.max(0, i));
  let i0 = Math.ceil(a - 0.5);
  let i1 = Math.floor(b - 0.5);
  if (i0 > i1 || i1 < 0 || i0 > n - 1) {
    i0 = i1 = clamp(Math.floor((a + b) / 2));
  }
  const from = years[clamp(i0)];
  const to = years[clamp(i1)];
  return from === undefined || to === undefined ? null : { from, to };
}
