import type { MapCamera } from '../../state/scenes';

/** Cameras closer than this, in screen pixels at their zoom, show the same view. */
const SAME_PX = 1;
/** Zoom levels closer than this show the same view. */
const SAME_ZOOM = 0.01;
/** Width of MapLibre's world at zoom 0, in pixels. */
const WORLD_PX = 512;

/**
 * Whether two cameras show the same view: both the partners' frame (null), or centres less than
 * about a pixel apart at the same zoom, whichever copy of the world the longitudes are in. A
 * camera holding NaN is never the same as another.
 */
export function sameCamera(a: MapCamera | null, b: MapCamera | null): boolean {
  if (a === null || b === null) return a === b;
  if (!(Math.abs(a.zoom - b.zoom) <= SAME_ZOOM)) return false;
  const pxPerDegree = (WORLD_PX * 2 ** Math.max(a.zoom, b.zoom)) / 360;
  const dLng = ((((a.lng - b.lng) % 360) + 540) % 360) - 180;
  // Mercator stretches latitude by 1 / cos(latitude).
  const dLat = (a.lat - b.lat) / Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(dLng, dLat) * pxPerDegree <= SAME_PX;
}
