import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PartnerStat } from '../data/selection';
import type { Iso3 } from '../data/types';
import { coveringRects } from './coveringRects';
import { fitPadding, MAX_PADDING_SHARE, type Padding } from './fitPadding';
import { partnerBounds, type Bounds } from './partnerBounds';

/** Closest zoom that framing the partners goes to (one partner next door stays in context). */
export const FIT_MAX_ZOOM = 4.2;

/** Whether `p` stays under {@link MAX_PADDING_SHARE} in both directions (less a px of rounding). */
function roomy(p: Padding, width: number, height: number): boolean {
  return (
    p.top + p.bottom < height * MAX_PADDING_SHARE.height - 1 &&
    p.left + p.right < width * MAX_PADDING_SHARE.width - 1
  );
}

/**
 * The padding to frame `bounds` with: clear of the legend and of overlays marked
 * `data-map-obstacle` (padding above/below or beside them, whichever lets the map zoom in more),
 * or, when neither leaves enough room or would need the world smaller than the map is wide (which
 * MapLibre refuses without world copies, framing the partners under the overlays anyway), clear
 * of the legend only.
 */
function framePadding(map: MapLibreMap, bounds: Bounds): Padding {
  const c = map.getContainer();
  const { clientWidth: w, clientHeight: h } = c;
  const worldZoom = Math.log2(w / 512);
  const obstacles = coveringRects(c, true);
  let best: { padding: Padding; zoom: number } | null = null;
  for (const avoid of ['vertical', 'horizontal'] as const) {
    const padding = fitPadding(w, h, obstacles, avoid);
    const zoom = roomy(padding, w, h)
      ? map.cameraForBounds(bounds, { padding, maxZoom: FIT_MAX_ZOOM })?.zoom
      : undefined;
    if (zoom !== undefined && zoom >= worldZoom && (!best || zoom > best.zoom)) {
      best = { padding, zoom };
    }
  }
  return best?.padding ?? fitPadding(w, h, coveringRects(c, false));
}

/** Frames home and the partners (their capitals), animated unless `animate` is false. */
export function fitPartners(
  map: MapLibreMap,
  home: Iso3,
  partners: readonly PartnerStat[],
  animate: boolean,
): void {
  const b = partnerBounds(home, partners);
  if (!b) return;
  const padding = framePadding(map, b);
  map.fitBounds(b, { padding, maxZoom: FIT_MAX_ZOOM, duration: animate ? 700 : 0 });
}
