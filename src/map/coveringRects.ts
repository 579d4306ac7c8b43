import type { Rect } from './placeLabels';

/**
 * Boxes, relative to the map container, of what covers it: the legend, the controls and, unless
 * `overlays` is false, any element marked `data-map-obstacle` next to the map region (such as a
 * presentation title card). A legend drawn beside the map (compare mode's key, marked
 * `data-map-obstacle="legend"`) counts as the legend, overlays or not. Labels stay clear of them
 * and framing pads around them.
 */
export function coveringRects(container: HTMLElement, overlays = true): Rect[] {
  const origin = container.getBoundingClientRect();
  return coveringElements(container, overlays).map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
  });
}

/** The elements `coveringRects` measures. */
export function coveringElements(container: HTMLElement, overlays = true): HTMLElement[] {
  const region = container.parentElement;
  if (!region) return [];
  const own = region.querySelectorAll<HTMLElement>('.atlas-map__legend, .atlas-map__controls');
  const marked = overlays ? '[data-map-obstacle]' : '[data-map-obstacle="legend"]';
  const others = region.parentElement?.querySelectorAll<HTMLElement>(marked) ?? [];
  return [...own, ...others];
}
