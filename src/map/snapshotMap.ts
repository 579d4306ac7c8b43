import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawLabels } from './drawLabels';
import type { PlacedLabel } from './LabelOverlay';

/**
 * Copies the map's current view into a new canvas (device pixels) and paints the HTML labels on
 * it, at once: MapLibre redraws synchronously and the copy is taken in the same task, while the
 * WebGL drawing buffer still holds the frame (it is not preserved past the task). So it also works
 * inside a `beforeprint` listener, where nothing may wait for the next frame.
 */
export function snapshotMap(
  map: MapLibreMap,
  labels: () => readonly PlacedLabel[],
  labelPx: number,
): HTMLCanvasElement | null {
  map.redraw();
  const src = map.getCanvas();
  const out = document.createElement('canvas');
  out.width = src.width;
  out.height = src.height;
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(src, 0, 0);
  drawLabels(ctx, labels(), src.width / Math.max(1, src.clientWidth), labelPx);
  return out;
}
