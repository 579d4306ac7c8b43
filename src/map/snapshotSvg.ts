/**
 * Draws an SVG map (self-contained: its colours are attributes, not stylesheet rules) into a new
 * canvas `scale` times its viewBox size, through a same-origin blob URL the CSP allows.
 */
export async function snapshotSvg(
  svg: SVGSVGElement,
  scale = 2,
): Promise<HTMLCanvasElement | null> {
  const { width, height } = svg.viewBox.baseVal;
  if (width <= 0 || height <= 0) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width * scale));
  copy.setAttribute('height', String(height * scale));
  const blob = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const out = document.createElement('canvas');
    out.width = Math.round(width * scale);
    out.height = Math.round(height * scale);
    const ctx = out.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(img, 0, 0, out.width, out.height);
    return out;
  } finally {
    URL.revokeObjectURL(url);
  }
}
