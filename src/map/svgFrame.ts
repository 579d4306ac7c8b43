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

/**
 * The SVG map's viewBox around `features` (projected by `path`), padded by `pad` of its size on
 * each side, at least {@link MIN_FRAME} and within the drawing. With `preserveAspectRatio` meet,
 * a box of another shape shows more of the map around the frame, never less of it.
 */
export function svgFrame(
  path: GeoPath,
  features: readonly GeoPermissibleObjects[],
  pad = 0.06,
): ViewBox {
  const whole = { x: 0, y: 0, width: SVG_MAP_SIZE.width, height: SVG_MAP_SIZE.height };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const [[a, b], [c, d]] = path.bounds(f);
    if (![a, b, c, d].every(Number.isFinite)) continue;
    [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  }
  if (!(x1 >= x0 && y1 >= y0)) return whole;
  const grow = (lo: number, hi: number, min: number, max: number) => {
    const size = Math.max((hi - lo) * (1 + 2 * pad), min);
    const start = Math.min(Math.max((lo + hi) / 2 - size / 2, 0), Math.max(max - size, 0));
    return [start, Math.min(size, max)] as const;
  };
  const [x, width] = grow(x0, x1, MIN_FRAME.width, whole.width);
  const [y, height] = grow(y0, y1, MIN_FRAME.height, whole.height);
  return { x, y, width, height };
}
