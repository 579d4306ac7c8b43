import { FONT_STACK } from '../theme/tokens';

/** Presentation properties copied from the page's stylesheet onto each element of the copy. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

/**
 * The theme's font stack with Arial for `system-ui`, which drawing programs do not know: named
 * faces first, so Inkscape and Illustrator pick one that has Hangul when it is installed.
 */
export const SVG_FONT = FONT_STACK.replace('system-ui', 'Arial');
const HEADER = 44;
const FOOTER = 30;
/** Wide enough for the source line under a narrow chart. */
const MIN_WIDTH = 460;
const SVG_NS = 'http://www.w3.org/2000/svg';

function copyStyles(from: Element, to: Element): void {
  const computed = getComputedStyle(from);
  const style = STYLE_PROPS.map((p) => {
    const v = computed.getPropertyValue(p);
    return v ? `${p}:${p === 'font-family' ? SVG_FONT : v}` : '';
  })
    .filter(Boolean)
    .join(';');
  if (style) to.setAttribute('style', style);
  to.removeAttribute('class');
  // Attributes naming the theme's custom properties (`fill="var(--partner)"`, chartTheme.ts) mean
  // nothing without the page's stylesheet: the computed colour is in `style` already.
  for (const { name, value } of Array.from(to.attributes))
    if (value.includes('var(')) to.removeAttribute(name);
  const kids = to.children;
  for (let i = 0; i < from.children.length; i++) {
    const a = from.children[i];
    const b = kids[i];
    if (a && b) copyStyles(a, b);
  }
}

function text(
  x: number,
  y: number,
  size: number,
  weight: number,
  ink: string,
  content: string,
): SVGElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute(
    'style',
    `font-family:${SVG_FONT};font-size:${size}px;font-weight:${weight};fill:${ink}`,
  );
  t.textContent = content;
  return t;
}

/**
 * A standalone SVG file of a chart as drawn: every style the page's CSS gave it written onto its
 * elements (no stylesheet, no CSS variables), the fonts named, a title above and a source line
 * below, on the page's background (the theme's, which its text colours were chosen for). Opens in a
 * browser, Inkscape or Illustrator.
 */
export function standaloneSvg(svg: SVGSVGElement, title: string, source: string): string {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 400;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 300;
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('not an svg');
  copyStyles(svg, copy);
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(HEADER));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('role');
  copy.removeAttribute('aria-label');

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  const total = HEADER + height + FOOTER;
  const outer = Math.max(width, MIN_WIDTH);
  root.setAttribute('width', String(outer));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${outer} ${total}`);
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  const page = getComputedStyle(document.documentElement);
  bg.setAttribute(
    'fill',
    page.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : page.backgroundColor,
  );
  root.append(
    titleEl,
    bg,
    text(0, 26, 18, 700, page.color, title),
    copy,
    text(0, total - 10, 10, 400, page.color, source),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
