import type { Rect } from './placeLabels';

/** Padding, CSS px, for framing the partners in a map of `width` × `height`. */
export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Most of the height, and of the (usually larger) width, that opposite paddings may take. */
export const MAX_PADDING_SHARE = { height: 0.5, width: 0.66 } as const;

/**
 * How an obstacle is kept clear of: `vertical` pads the top or bottom for it, `horizontal` pads
 * the left or right for obstacles taller than a quarter of the map (a presentation title card)
 * and the top or bottom for the rest (the legend).
 */
export type Avoid = 'vertical' | 'horizontal';

function basePad(width: number, height: number): number {
  const side = Math.min(width, height);
  return Number.isFinite(side) && side > 0
    ? Math.round(Math.min(64, Math.max(12, side * 0.08)))
    : 12;
}

/** Scales `a` and `b` down so that they sum to at most `cap`. */
function capPair(a: number, b: number, cap: number): [number, number] {
  const k = a + b > cap ? cap / (a + b) : 1;
  return [Math.round(a * k), Math.round(b * k)];
}

/**
 * Padding that keeps framed countries clear of what covers the map: a base of about 8% of the
 * smaller side (12–64 px), room for the zoom buttons at the top, and for each obstacle below that
 * room the space between it and the nearer edge (see {@link Avoid}). Opposite
 * sides together never take more than {@link MAX_PADDING_SHARE} of the map.
 */
export function fitPadding(
  width: number,
  height: number,
  obstacles: readonly Rect[] = [],
  avoid: Avoid = 'vertical',
): Padding {
  const pad = basePad(width, height);
  if (!(width > 0 && height > 0)) return { top: pad, right: pad, bottom: pad, left: pad };
  let top = Math.min(pad + 34, Math.max(pad, height * 0.15));
  let bottom = pad;
  let left = pad;
  let right = pad;
  for (const o of obstacles) {
    if (![o.x, o.y, o.width, o.height].every(Number.isFinite)) continue;
    // Already clear of the top padding (the zoom buttons). Size is no test: at 1920 px the legend
    // is small beside the map, yet a partner framed under it is hidden.
    if (o.y + o.height <= top) continue;
    if (avoid === 'horizontal' && o.height > height / 4) {
      if (o.x + o.width / 2 < width / 2) left = Math.max(left, o.x + o.width + 16);
      else right = Math.max(right, width - o.x + 16);
    } else if (o.y + o.height / 2 < height / 2) {
      top = Math.max(top, o.y + o.height + 16);
    } else {
      bottom = Math.max(bottom, height - o.y + 16);
    }
  }
  [top, bottom] = capPair(top, bottom, height * MAX_PADDING_SHARE.height);
  [left, right] = capPair(left, right, width * MAX_PADDING_SHARE.width);
  return { top, right, bottom, left };
}
