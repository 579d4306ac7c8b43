import type { GeoPath, GeoPermissibleObjects } from 'd3-geo';
import { SVG_MAP_SIZE } from './svgBasemap';

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The smallest frame, in drawing units: a region's worth of the world, never a single city. */
const MIN_FRAME = { width: 320, height: 200 } as const;

/** Room around the framed places, on each side, as a share of the frame's size there. */
export interface FrameShares {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The same room on every side: the places' extent plus 6 % of it each way. */
const EVEN_SHARE = 0.06 / 1.12;
const EVEN: FrameShares = {
  top: EVEN_SHARE,
  right: EVEN_SHARE,
  bottom: EVEN_SHARE,
  left: EVEN_SHARE,
};

/**
 * [start, size] of a frame around [lo, hi] leaving `before` and `after` of it on either side (the
 * places centred in what is left), at least `min`, within [0, max].
 */
function grow(lo: number, hi: number, before: number, after: number, min: number, max: number) {
  const size = Math.max((hi - lo) / Math.max(0.1, 1 - before - after), min);
  const start = (lo + hi) / 2 - (size * (1 + before - after)) / 2;
  return [Math.min(Math.max(start, 0), Math.max(max - size, 0)), Math.min(size, max)] as const;
}

/**
 * The SVG map's viewBox around `features` (projected by `path`), with `shares` of it left around
 * them on each side, at least {@link MIN_FRAME} and within the drawing. With `preserveAspectRatio`
 * meet, a box of another shape shows more of the map around the frame, never less of it.
 */
export function svgFrame(
  path: GeoPath,
  features: readonly GeoPermissibleObjects[],
  shares: FrameShares = EVEN,
): ViewBox {
  const whole = { x: 0, y: 0, width: SVG_MAP_SIZE.width, height: SVG_MAP_SIZE.height };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const [[a, b], [c, d]] = path.bounds(f);
    if (![a, b, c, d].every(Number.isFinite)) continue;
    [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  }
  if (!(x1 >= x0 && y1 >= y0)) return whole;
  const [x, width] = grow(x0, x1, shares.left, shares.right, MIN_FRAME.width, whole.width);
  const [y, height] = grow(y0, y1, shares.top, shares.bottom, MIN_FRAME.height, whole.height);
  return { x, y, width, height };
}
