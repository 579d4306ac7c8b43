import type { PlacedLabel } from './LabelOverlay';
import { FONT_STACK } from '../theme/tokens';
import { MAP_COLORS } from './mapColors';

/**
 * Paints the labels currently shown over the map onto a snapshot canvas, white halo and all,
 * `scale` device pixels per CSS pixel; `fontPx` is the label size in CSS pixels.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly PlacedLabel[],
  scale: number,
  fontPx: number,
): void {
  ctx.save();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const { label, x, y } of labels) {
    const text = label.figure ? `${label.name} ${label.figure}` : label.name;
    ctx.font = `${label.kind === 'via' ? 500 : 600} ${fontPx * scale}px ${FONT_STACK}`;
    ctx.lineWidth = 3 * scale;
    ctx.strokeStyle = MAP_COLORS.labelHalo;
    ctx.strokeText(text, x * scale, y * scale);
    ctx.fillStyle = label.kind === 'home' ? MAP_COLORS.home : MAP_COLORS.labelText;
    ctx.fillText(text, x * scale, y * scale);
  }
  ctx.restore();
}
