import type { PlacedLabel } from './LabelOverlay';
import { themeOnScreen } from '../theme/themeOnScreen';
import { FONT_STACK, THEMES } from '../theme/tokens';
import { mapColors } from './mapColors';

/**
 * Paints the labels currently shown over the map onto a snapshot canvas, halo and all, in the
 * colours of the theme on screen (the map under them is painted in it), `scale` device pixels per
 * CSS pixel; `fontPx` is the label size in CSS pixels.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly PlacedLabel[],
  scale: number,
  fontPx: number,
): void {
  const colors = mapColors(THEMES[themeOnScreen()].colors);
  ctx.save();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const { label, x, y } of labels) {
    const text = label.figure ? `${label.name} ${label.figure}` : label.name;
    ctx.font = `${label.kind === 'via' ? 500 : 600} ${fontPx * scale}px ${FONT_STACK}`;
    ctx.lineWidth = 3 * scale;
    ctx.strokeStyle = colors.labelHalo;
    ctx.strokeText(text, x * scale, y * scale);
    ctx.fillStyle = label.kind === 'home' ? colors.home : colors.labelText;
    ctx.fillText(text, x * scale, y * scale);
  }
  ctx.restore();
}
