import { useSyncExternalStore } from 'react';
import { approxTextWidth } from './approxTextWidth';
import type { MeasureText } from './chartTypes';
import { FONT_SIZES, FONT_STACK } from '../theme/tokens';

/**
 * The weights chart text is drawn at: `bold` is the selected partner's name and count (700, as
 * `.chart-row.is-selected` in charts.css sets it).
 */
export type TextWeight = 'regular' | 'bold';

const CSS_WEIGHT: Record<TextWeight, number> = { regular: 400, bold: 700 };

const approx: Record<TextWeight, MeasureText> = {
  regular: (t) => approxTextWidth(t, FONT_SIZES.axis),
  bold: (t) => approxTextWidth(t, FONT_SIZES.axis, true),
};

const cached = new Map<TextWeight, MeasureText>();

/**
 * Measures 12 px chart text at `weight` with a canvas 2D context, memoising widths; falls back to
 * the `approxTextWidth` estimate where there is no canvas.
 */
export function canvasMeasure(weight: TextWeight = 'regular'): MeasureText {
  const known = cached.get(weight);
  if (known) return known;
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return approx[weight];
  ctx.font = `${String(CSS_WEIGHT[weight])} ${String(FONT_SIZES.axis)}px ${FONT_STACK}`;
  const widths = new Map<string, number>();
  const measure: MeasureText = (t) => {
    let w = widths.get(t);
    if (w === undefined) {
      w = ctx.measureText(t).width;
      widths.set(t, w);
    }
    return w;
  };
  cached.set(weight, measure);
  return measure;
}

const noSubscription = () => () => undefined;

/**
 * The charts' text measure at `weight`: the estimate while rendering on the server and hydrating
 * the prerendered page (so both draw the same), the canvas measure once the page is live.
 */
export function useMeasureText(weight: TextWeight = 'regular'): MeasureText {
  return useSyncExternalStore(
    noSubscription,
    () => canvasMeasure(weight),
    () => approx[weight],
  );
}
