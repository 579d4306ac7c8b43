/**
 * MapLibre's stylesheet without the rules for parts of MapLibre the app never creates: its
 * controls (zoom, compass, geolocate, fullscreen, scale, attribution and logo: the app draws its
 * own buttons and credits), popups, markers, the user-location dot and cooperative gestures. Those
 * rules are most of the file (their icons are inline SVG), about 9 of its 10 KB gzip. What stays:
 * the map, canvas and interaction rules, box zoom, and the empty control corners MapLibre always
 * adds to the map.
 */

/** Class names of the parts the app does not use (see createAtlasMap.ts: no control is added). */
const UNUSED =
  /^maplibregl-(?:ctrl|popup|marker|user-location|cooperative-gesture|attrib|compact|spin)/;
/** The four control corners, created with every map (kept so they stay out of the way). */
const CORNER = /^maplibregl-ctrl-(?:top|bottom)-(?:left|right)$/;

interface Block {
  readonly head: string;
  readonly body: string;
}

/** Top-level `head{body}` blocks of minified CSS (bodies may nest, as in `@media`). */
function blocks(css: string): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let k = open + 1;
    for (; k < css.length && depth > 0; k++) {
      if (css[k] === '{') depth++;
      else if (css[k] === '}') depth--;
    }
    out.push({ head: css.slice(i, open).trim(), body: css.slice(open + 1, k - 1) });
    i = k;
  }
  return out;
}

function usedSelector(selector: string): boolean {
  const classes = selector.match(/maplibregl-[\w-]+/g) ?? [];
  return classes.every((c) => CORNER.test(c) || !UNUSED.test(c));
}

/** Keeps, from `css` (MapLibre's own stylesheet), the rules for what the app uses. */
export function usedMapLibreCss(css: string): string {
  return blocks(css)
    .map(({ head, body }) => {
      if (head.startsWith('@keyframes')) return usedSelector(head) ? `${head}{${body}}` : '';
      if (head.startsWith('@')) {
        const inner = usedMapLibreCss(body);
        return inner === '' ? '' : `${head}{${inner}}`;
      }
      // No selector in MapLibre's stylesheet holds a comma inside brackets or quotes.
      const kept = head.split(',').filter(usedSelector);
      return kept.length === 0 ? '' : `${kept.join(',')}{${body}}`;
    })
    .join('');
}
