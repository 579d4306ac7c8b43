import { FONT_STACK, LIGHT, type ThemeColors } from '../theme/tokens';

/** One legend row of the slide. */
export interface SlideLegendItem {
  readonly label: string;
  readonly color: string;
  /** Drawn with a dashed outline (countries reached via a group). */
  readonly dashed?: boolean;
}

export interface SlideContent {
  readonly title: string;
  readonly subline: string;
  readonly summary: string;
  readonly legendTitle: string;
  readonly legend: readonly SlideLegendItem[];
  readonly filtersLabel: string;
  readonly filters: readonly string[];
  readonly sourcesLabel: string;
  readonly sources: readonly string[];
  /** The map as drawn on screen, or null when there is none (no WebGL). */
  readonly map: CanvasImageSource | null;
  readonly mapSize: { readonly width: number; readonly height: number } | null;
}

export const SLIDE = { width: 1920, height: 1080 } as const;
const FONT = FONT_STACK;
const PANEL_X = 1400;
const MARGIN = 56;
/** Where the slide draws the map; a map that can draw itself at any size is asked for this one. */
export const SLIDE_MAP_BOX = { x: MARGIN, y: 160, w: PANEL_X - MARGIN - 40, h: 760 } as const;

/** Word-wraps `text` into lines no wider than `width` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: readonly string[],
  x: number,
  y: number,
  lh: number,
): number {
  lines.forEach((l, i) => ctx.fillText(l, x, y + i * lh));
  return y + lines.length * lh;
}

/**
 * Draws the 1920×1080 slide: title, map, legend, filters, summary and sources, in the theme's
 * `colors` (light unless given).
 */
export function drawSlide(
  ctx: CanvasRenderingContext2D,
  c: SlideContent,
  colors: ThemeColors = LIGHT,
): void {
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, SLIDE.width, SLIDE.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = colors.ink;
  ctx.font = `700 48px ${FONT}`;
  ctx.fillText(c.title, MARGIN, 44);
  ctx.fillStyle = colors.ink2;
  ctx.font = `400 26px ${FONT}`;
  ctx.fillText(c.subline, MARGIN, 106);

  const mapBox = SLIDE_MAP_BOX;
  ctx.fillStyle = colors.sea;
  ctx.fillRect(mapBox.x, mapBox.y, mapBox.w, mapBox.h);
  if (c.map && c.mapSize && c.mapSize.width > 0 && c.mapSize.height > 0) {
    // Cover the box, cropping the map's longer side around its centre.
    const scale = Math.max(mapBox.w / c.mapSize.width, mapBox.h / c.mapSize.height);
    const sw = mapBox.w / scale;
    const sh = mapBox.h / scale;
    const sx = (c.mapSize.width - sw) / 2;
    const sy = (c.mapSize.height - sh) / 2;
    ctx.drawImage(c.map, sx, sy, sw, sh, mapBox.x, mapBox.y, mapBox.w, mapBox.h);
  }
  ctx.strokeStyle = colors.line;
  ctx.lineWidth = 2;
  ctx.strokeRect(mapBox.x, mapBox.y, mapBox.w, mapBox.h);

  let y = 160;
  ctx.fillStyle = colors.ink;
  ctx.font = `700 26px ${FONT}`;
  // A compare legend's title names both periods: it may need two lines.
  y = drawLines(ctx, wrap(ctx, c.legendTitle, SLIDE.width - PANEL_X - MARGIN), PANEL_X, y, 34) + 10;
  ctx.font = `400 22px ${FONT}`;
  for (const item of c.legend) {
    ctx.fillStyle = item.color;
    ctx.fillRect(PANEL_X, y, 32, 24);
    if (item.dashed) {
      ctx.setLineDash([5, 4]);
      ctx.strokeStyle = colors.ink;
      ctx.strokeRect(PANEL_X + 1, y + 1, 30, 22);
      ctx.setLineDash([]);
    }
    ctx.fillStyle = colors.ink;
    ctx.fillText(item.label, PANEL_X + 46, y);
    y += 36;
  }
  y += 24;
  ctx.font = `700 26px ${FONT}`;
  ctx.fillText(c.filtersLabel, PANEL_X, y);
  y += 40;
  ctx.font = `400 22px ${FONT}`;
  for (const f of c.filters)
    y = drawLines(ctx, wrap(ctx, f, SLIDE.width - PANEL_X - MARGIN), PANEL_X, y, 30);

  ctx.fillStyle = colors.ink;
  ctx.font = `600 28px ${FONT}`;
  drawLines(ctx, wrap(ctx, c.summary, mapBox.w).slice(0, 2), MARGIN, 940, 36);

  ctx.fillStyle = colors.ink2;
  ctx.font = `400 18px ${FONT}`;
  const sources = `${c.sourcesLabel}: ${c.sources.join(' · ')}`;
  drawLines(ctx, wrap(ctx, sources, SLIDE.width - 2 * MARGIN).slice(0, 3), MARGIN, 1020 - 6, 22);
}
