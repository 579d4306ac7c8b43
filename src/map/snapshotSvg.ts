import { colorProperties } from '../theme/cssVars';
import { LIGHT } from '../theme/tokens';

/** Output pixels per box pixel: sharp on the slide even when the slide is shown larger. */
const SCALE = 1.5;

/**
 * Writes the theme's colours, as they resolve where `svg` stands on the page, onto `copy`'s root:
 * the map's attributes name custom properties (`var(--land)`), and an SVG drawn as an image sees
 * no stylesheet.
 */
function resolveColors(svg: SVGSVGElement, copy: SVGSVGElement): void {
  const style = getComputedStyle(svg);
  for (const [name] of colorProperties(LIGHT)) {
    const value = style.getPropertyValue(name).trim();
    if (value) copy.style.setProperty(name, value);
  }
}

/**
 * Draws an SVG map (self-contained once its theme colours are written on it) into a new canvas of `box`'s shape, `SCALE` times its size, through a same-origin blob URL the CSP allows.
 * The SVG's own `preserveAspectRatio` (meet) keeps its whole frame in view and shows more of the
 * map around it, as on screen, rather than cropping.
 */
export async function snapshotSvg(
  svg: SVGSVGElement,
  box: { readonly width: number; readonly height: number },
): Promise<HTMLCanvasElement | null> {
  if (box.width <= 0 || box.height <= 0) return null;
  const width = Math.round(box.width * SCALE);
  const height = Math.round(box.height * SCALE);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  resolveColors(svg, copy);
  const blob = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const ctx = out.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(img, 0, 0, width, height);
    return out;
  } finally {
    URL.revokeObjectURL(url);
  }
}
