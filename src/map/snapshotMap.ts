import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawLabels } from './drawLabels';
import type { PlacedLabel } from './LabelOverlay';

/**
 * Copies the map's next frame into a new canvas (device pixels) and paints the HTML labels on it.
 * The copy is taken inside the `render` event, while the WebGL drawing buffer still holds the frame.
 */
export function snapshotMap(
  map: MapLibreMap,
  labels: () => readonly PlacedLabel[],
  labelPx: number,
): Promise<HTMLCanvasElement | null> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = src.width;
      out.height = src.height;
      const ctx = out.getContext('2d');
      if (!ctx) {
        resolve(null);
        return;
      }
      ctx.drawImage(src, 0, 0);
      drawLabels(ctx, labels(), src.width / Math.max(1, src.clientWidth), labelPx);
      resolve(out);
    });
    map.triggerRepaint();
  });
}
