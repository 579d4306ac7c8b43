import { useSyncExternalStore } from 'react';
import { approxTextWidth } from './approxTextWidth';
import type { MeasureText } from './chartTypes';
import { FONT_SIZES, FONT_STACK } from '../theme/tokens';

let cached: MeasureText | null = null;

const approx12: MeasureText = (t) => approxTextWidth(t, 12);

/**
 * Measures 12 px chart text with a canvas 2D context, memoising widths; falls back to
 * `approxTextWidth` where there is no canvas.
 */
export function canvasMeasure(): MeasureText {
  if (cached) return cached;
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return approx12;
  ctx.font = `${String(FONT_SIZES.axis)}px ${FONT_STACK}`;
  const widths = new Map<string, number>();
  const measure: MeasureText = (t) => {
    let w = widths.get(t);
    if (w === undefined) {
      w = ctx.measureText(t).width;
      widths.set(t, w);
    }
    return w;
  };
  cached = measure;
  return measure;
}

const noSubscription = () => () => undefined;

/**
 * The charts' text measure: the estimate while rendering on the server and hydrating the
 * prerendered page (so both draw the same), the canvas measure once the page is live.
 */
export function useMeasureText(): MeasureText {
  return useSyncExternalStore(noSubscription, canvasMeasure, () => approx12);
}
