import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { runnerImport, type Plugin, type Rolldown } from 'vite';
import type { svgBasemap } from '../src/map/svgBasemap';
import type { WorldAsset, worldAsset } from '../src/map/worldAsset';
import {
  BLOCK,
  escapeJsonText,
  escapeScriptText,
  offlineCsp,
  sha256Source,
  singleFileHtml,
  type DataBlock,
} from '../src/ui/offlineFile';

/** The single file's name in the output directory. */
export const OFFLINE_FILE = 'cooperation-atlas.html';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const require = createRequire(import.meta.url);
const WORKER_URL_ID = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const IDS = {
  'virtual:atlas-world': '\0offline:atlas-world',
  'virtual:atlas-svg-world': '\0offline:atlas-svg-world',
  [WORKER_URL_ID]: '\0offline:maplibre-worker',
} as const;
type SourceId = keyof typeof IDS;
const isSourceId = (id: string): id is SourceId => Object.hasOwn(IDS, id);

/** Code that reads a data block's text when the module runs. */
const blockText = (id: string) =>
  `(document.getElementById(${JSON.stringify(id)})?.textContent ?? '')`;
/** Code that turns a data block into a blob URL when the module runs. */
const blockUrl = (id: string, type: string) =>
  `URL.createObjectURL(new Blob([${blockText(id)}], { type: ${JSON.stringify(type)} }))`;
/**
 * Code that turns a data block into a `data:` URL when the module runs: a file:// page (an opaque
 * origin) cannot start a module worker from a blob URL, but can from a data URL (as MapLibre does).
 */
const blockDataUrl = (id: string) =>
  `('data:text/javascript;charset=utf-8,' + encodeURIComponent(${blockText(id)}))`;
/** The URL scheme MapLibre asks the page (not the network) for the countries. */
const PROTOCOL = 'atlas-offline';

interface Worlds {
  readonly world: WorldAsset;
  readonly svgJson: string;
}

/** Both basemaps, made by the app's own code exactly as vite.config.ts's `atlas-world` plugin does. */
async function buildWorlds(): Promise<Worlds> {
  const runner = { configFile: false, logLevel: 'error' } as const;
  const [{ module: asset }, { module: svg }] = await Promise.all([
    runnerImport<{ worldAsset: typeof worldAsset }>(root('src/map/worldAsset.ts'), runner),
    runnerImport<{ svgBasemap: typeof svgBasemap }>(root('src/map/svgBasemap.ts'), runner),
  ]);
  const topology = (name: string) =>
    JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
  return {
    world: asset.worldAsset(topology('countries-50m.json')),
    svgJson: JSON.stringify(svg.svgBasemap(topology('countries-110m.json'))),
  };
}

/** The bundled dataset's source texts by the `file` path its sources name (`sources/<name>`). */
function sourceTexts(): string {
  const dir = root('data/sources/');
  const texts: Record<string, string> = {};
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    texts[`sources/${name}`] = readFileSync(dir + name, 'utf8');
  return JSON.stringify(texts);
}

/** The page's title and prerendered `#root` markup, from the built index.html. */
function pageParts(html: string): { title: string; rootHtml: string } {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Cooperation Atlas';
  const start = html.indexOf('<div id="root">');
  const end = html.lastIndexOf('</div>', html.indexOf('<noscript>'));
  if (start < 0 || end < start)
    throw new Error('index.html has no <div id="root"> before <noscript>');
  const unescape = (t: string) =>
    t
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&amp;/g, '&');
  return { title: unescape(title), rootHtml: html.slice(start + '<div id="root">'.length, end) };
}

/**
 * The app's own Web Workers (`new Worker(new URL('…', import.meta.url))`) become data blocks, and
 * each quoted reference to a worker's file becomes a data URL of its block: `new URL()` of an
 * absolute URL ignores the base, so the worker starts from the file's own text.
 */
function inlineWorkers(
  code: string,
  workers: readonly { fileName: string; code: string }[],
): { js: string; blocks: DataBlock[] } {
  let js = code;
  const blocks = workers.map((w) => {
    const id = `atlas-block-js-${w.fileName.replace(/^.*\//, '').replace(/[^\w-]/g, '-')}`;
    // Named relative to the chunk (`openWorker-….js`) or to the page (`assets/openWorker-….js`).
    const name = w.fileName.replace(/^.*\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const quoted = new RegExp(`(["'\`])[\\w./-]*?${name}\\1`, 'g');
    if (!quoted.test(js))
      throw new Error(`The code names ${w.fileName} in a way this build cannot rewrite`);
    js = js.replace(quoted, () => blockDataUrl(id));
    return { id, type: 'text/plain', text: escapeScriptText(w.code) };
  });
  return { js: escapeScriptText(js), blocks };
}

function only<T>(items: readonly T[], what: string): T {
  if (items.length !== 1)
    throw new Error(`The offline build made ${items.length} ${what}, not one`);
  return items[0] as T;
}

/** Turns the finished bundle into the one file: code, styles and data blocks inline. */
async function assemble(bundle: Rolldown.OutputBundle, worlds: Worlds): Promise<string> {
  const files = Object.values(bundle);
  const chunks = files.filter((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  const assets = files.filter((f): f is Rolldown.OutputAsset => f.type === 'asset');
  const text = (a: Rolldown.OutputAsset) =>
    typeof a.source === 'string' ? a.source : new TextDecoder().decode(a.source);
  const html = text(
    only(
      assets.filter((a) => a.fileName === 'index.html'),
      'pages',
    ),
  );
  const css = text(
    only(
      assets.filter((a) => a.fileName.endsWith('.css')),
      'stylesheets',
    ),
  );
  const workers = assets.filter((a) => a.fileName.endsWith('.js'));
  const leftover = assets.filter(
    (a) =>
      !a.fileName.endsWith('.css') &&
      !a.fileName.endsWith('.js') &&
      a.fileName !== 'index.html' &&
      !a.fileName.startsWith('sources/'),
  );
  if (leftover.length > 0)
    throw new Error(`The offline file cannot hold ${leftover.map((a) => a.fileName).join(', ')}`);
  const code = only(chunks, 'code chunks (a dynamic import left outside?)').code;
  const { js, blocks: workerBlocks } = inlineWorkers(
    code,
    workers.map((w) => ({ fileName: w.fileName, code: text(w) })),
  );
  const workerSource = readFileSync(
    require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'),
    'utf8',
  );
  const blocks: DataBlock[] = [
    {
      id: BLOCK.world,
      type: 'application/json',
      text: escapeJsonText(JSON.stringify(worlds.world.countries)),
    },
    { id: BLOCK.svgWorld, type: 'application/json', text: escapeJsonText(worlds.svgJson) },
    { id: BLOCK.sourceTexts, type: 'application/json', text: escapeJsonText(sourceTexts()) },
    // Stripped of its source-map comment: the map is not in the file.
    {
      id: BLOCK.worker,
      type: 'text/plain',
      text: escapeScriptText(workerSource.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')),
    },
    ...workerBlocks,
  ];
  const { title, rootHtml } = pageParts(html);
  return singleFileHtml({
    csp: offlineCsp(await sha256Source(js)),
    title,
    css,
    js,
    rootHtml,
    blocks,
  });
}

/**
 * Builds the app as one HTML file: every dynamic import inlined, the basemaps and MapLibre's
 * worker read from data blocks instead of fetched, every other output dropped.
 */
export function offlineFile(): Plugin {
  let worlds: Promise<Worlds> | undefined;
  const load = () => (worlds ??= buildWorlds());
  return {
    name: 'atlas-offline-file',
    enforce: 'pre',
    apply: 'build',
    async resolveId(id, importer) {
      if (isSourceId(id)) return IDS[id];
      // Another helper's `?worker` import: inline it, as the file cannot carry a worker file.
      if (id.endsWith('?worker')) return this.resolve(`${id}&inline`, importer, { skipSelf: true });
      return null;
    },
    async load(id) {
      if (id === IDS['virtual:atlas-world']) {
        const { world } = await load();
        // MapLibre's worker cannot fetch a blob URL of a file:// page (an opaque origin); a URL
        // of a protocol of our own is answered on the main thread, from the data block.
        return [
          `import { addProtocol } from 'maplibre-gl';`,
          `addProtocol(${JSON.stringify(PROTOCOL)}, async () => ({ data: JSON.parse(${blockText(BLOCK.world)}) }));`,
          `export const countriesUrl = ${JSON.stringify(`${PROTOCOL}://countries`)};`,
          `export const markers = JSON.parse(${JSON.stringify(JSON.stringify(world.markers))});`,
          `export const idByIso3 = new Map(${JSON.stringify(world.idByIso3)});`,
        ].join('\n');
      }
      if (id === IDS['virtual:atlas-svg-world'])
        return `export const svgWorldUrl = ${blockUrl(BLOCK.svgWorld, 'application/json')};`;
      if (id === IDS[WORKER_URL_ID])
        return `export default ${blockUrl(BLOCK.worker, 'text/javascript')};`;
      return null;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const page = await assemble(bundle, await load());
        // Deleting from the bundle is how a plugin drops an output (Rollup's plugin docs).
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: OFFLINE_FILE, source: page });
      },
    },
  };
}
