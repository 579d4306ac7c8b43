/**
 * The single-file offline atlas (`npm run build:offline`, `Save offline copy`): one HTML page that
 * holds the app's code and styles inline and its data as inert `<script type="…json">` blocks
 * (read by id at run time). Pure string work, shared by the build script (Node) and the app.
 */

/** Ids of the data blocks a single file can hold. */
export const BLOCK = {
  /** MapLibre's countries GeoJSON (world-atlas 50m, as the served build's asset). */
  world: 'atlas-block-world',
  /** The SVG map's projected basemap (`SvgBasemap`). */
  svgWorld: 'atlas-block-svg-world',
  /** MapLibre's worker source (made a blob URL for `setWorkerUrl`). */
  worker: 'atlas-block-maplibre-worker',
  /** The bundled dataset's source texts: `{ [file]: text }`, `file` as the dataset names it. */
  sourceTexts: 'atlas-block-source-texts',
  /** A saved copy's dataset and scenes ({@link EmbeddedPayload}). */
  embedded: 'atlas-block-embedded',
} as const;

/** Ids of the code and style elements a single file carries (a copy reads them back). */
export const APP_SCRIPT_ID = 'atlas-app';
export const APP_STYLE_ID = 'atlas-style';

/** One inert data block. */
export interface DataBlock {
  readonly id: string;
  /** `application/json` or `text/plain` (code for a worker). */
  readonly type: string;
  /** The block's text, already escaped for a script element (see the escape functions). */
  readonly text: string;
}

/** Everything a single file is made of. */
export interface SingleFilePieces {
  readonly csp: string;
  readonly title: string;
  readonly css: string;
  /** The app's code, escaped with {@link escapeScriptText}. */
  readonly js: string;
  /** The page's markup inside `#root` (prerendered), or `''`. */
  readonly rootHtml: string;
  readonly blocks: readonly DataBlock[];
}

/**
 * Makes JSON safe inside a `<script>` element: `<` only occurs in JSON strings, where `\u003c`
 * means the same, so `</script>` and `<!--` cannot end or confuse the element.
 */
export function escapeJsonText(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/**
 * Makes code safe inside a `<script>` element, which `</script` ends and `<!--` … `<script` can
 * keep open. In JavaScript these can only stand in a string, template, regular expression or
 * comment, where `<\/script`, `<\x73cript` and `<\x21--` mean the same (also in `u` regular
 * expressions). A `<` right after a name or bracket would be a comparison (`a<script`), which no
 * escape keeps meaning the same: then the build fails loudly.
 */
export function escapeScriptText(code: string): string {
  const risky = /[\w$)\]](?=<script|<!--)/i.exec(code);
  if (risky)
    throw new Error(`Cannot escape "${code.slice(risky.index, risky.index + 12)}" in a script`);
  return code
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(
      /<(s)(cript)/gi,
      (_, s: string, rest: string) => `<\\x${s.charCodeAt(0).toString(16)}${rest}`,
    )
    .replace(/<!--/g, '<\\x21--');
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.codePointAt(0))};`);
}

/** The single file's Content-Security-Policy: its own code by hash, nothing from anywhere. */
export function offlineCsp(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    // MapLibre starts its worker from a data: URL when the page's origin is opaque (file://).
    'worker-src blob: data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `sha256-<base64>` of a script's text, for a CSP source. */
export async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}

/** The single HTML file. The code runs as a module, so every data block is parsed before it. */
export function singleFileHtml(p: SingleFilePieces): string {
  const blocks = p.blocks
    .map((b) => `<script type="${escapeHtml(b.type)}" id="${escapeHtml(b.id)}">${b.text}</script>`)
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(p.csp)}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="theme-color" content="#ffffff" />',
    `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='6' fill='%23cd2e3a'/%3E%3C/svg%3E" />`,
    `<title>${escapeHtml(p.title)}</title>`,
    `<style id="${APP_STYLE_ID}">${p.css.replace(/<\/(style)/gi, '<\\/$1')}</style>`,
    `<script type="module" id="${APP_SCRIPT_ID}">${p.js}</script>`,
    '</head>',
    '<body>',
    `<div id="root">${p.rootHtml}</div>`,
    '<noscript>Cooperation Atlas needs JavaScript to draw the map.</noscript>',
    blocks,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
