/** A label's box in screen pixels, centred on (x, y). */
export interface LabelBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Higher is placed first (home, then the most activities). */
  readonly priority: number;
}

export interface PlaceOptions {
  /** Viewport size; labels that would stick out are hidden. */
  readonly width: number;
  readonly height: number;
  /** Empty space kept around each label, px. @defaultValue 2 */
  readonly gap?: number;
  /** Areas labels must stay clear of (legend, controls), as boxes from their top-left corner. */
  readonly obstacles?: readonly Rect[];
}

/** A screen rectangle, px, from its top-left corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a kept label's centre ends up, px. */
export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Greedy label placement: in order of priority (ties by id), keeps each label whose point is in
 * the viewport, nudged inward when it would stick out, and which overlaps no obstacle and no label
 * kept before it. Returns the kept labels' centres by id.
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  options: PlaceOptions,
): Map<string, PlacedPoint> {
  const gap = options.gap ?? 2;
  const order = [...boxes].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept = (options.obstacles ?? []).map((o) => ({
    x0: o.x,
    y0: o.y,
    x1: o.x + o.width,
    y1: o.y + o.height,
  }));
  const placed = new Map<string, PlacedPoint>();
  for (const b of order) {
    if (![b.x, b.y, b.width, b.height].every(Number.isFinite)) continue;
    if (b.x < 0 || b.y < 0 || b.x > options.width || b.y > options.height) continue;
    const hw = b.width / 2 + gap;
    const hh = b.height / 2 + gap;
    if (2 * hw > options.width || 2 * hh > options.height) continue;
    const x = Math.min(Math.max(b.x, hw), options.width - hw);
    const y = Math.min(Math.max(b.y, hh), options.height - hh);
    const r = { x0: x - hw, y0: y - hh, x1: x + hw, y1: y + hh };
    if (kept.some((k) => r.x0 < k.x1 && k.x0 < r.x1 && r.y0 < k.y1 && k.y0 < r.y1)) continue;
    kept.push(r);
    placed.set(b.id, { x, y });
  }
  return placed;
}
