import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { defineConfig, runnerImport, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import type { usedMapLibreCss } from './scripts/usedMapLibreCss';
import type { SvgBasemap, svgBasemap } from './src/map/svgBasemap';
import type { WorldAsset, worldAsset } from './src/map/worldAsset';

/**
 * The built page's Content-Security-Policy: no inline script, no eval, nothing from other origins.
 * Only at build time, because Vite's dev server injects an inline script for React refresh.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const WORLD_ID = 'virtual:atlas-world';
const SVG_WORLD_ID = 'virtual:atlas-svg-world';
/** Where `vite dev` serves the two basemap assets. */
const DEV_PATHS = {
  countries: '/@atlas-world/countries.json',
  svg: '/@atlas-world/svg-world.json',
} as const;

/** The basemaps, built from world-atlas in Node by the app's own code (src/map/). */
interface BuiltWorlds {
  readonly world: WorldAsset;
  readonly svgWorld: SvgBasemap;
  readonly assets: Record<keyof typeof DEV_PATHS, string>;
}

/**
 * Both basemaps are built at build time (not in the browser). `virtual:atlas-world` is MapLibre's,
 * from world-atlas 50m: `countriesUrl` (a JSON asset that MapLibre's worker fetches and parses
 * itself), `markers` and `idByIso3` (small, inlined in the map chunk). `virtual:atlas-svg-world`
 * is the SVG map's, from 110m, already projected: `svgWorldUrl`. See src/map/atlasWorld.d.ts.
 */
let builtWorlds: Promise<BuiltWorlds> | undefined;
/** Builds both basemaps once per process (the prerendered page draws the SVG one too). */
const load = () =>
  (builtWorlds ??= (async () => {
    // Through Vite's module runner rather than an import of the config, so the config stays
    // loadable by Vite's native config loader (src/ imports have no file extensions).
    const runner = { configFile: false, logLevel: 'error' } as const;
    const [{ module: asset }, { module: svg }] = await Promise.all([
      runnerImport<{ worldAsset: typeof worldAsset }>(
        fileURLToPath(new URL('./src/map/worldAsset.ts', import.meta.url)),
        runner,
      ),
      runnerImport<{ svgBasemap: typeof svgBasemap }>(
        fileURLToPath(new URL('./src/map/svgBasemap.ts', import.meta.url)),
        runner,
      ),
    ]);
    const topology = (name: string) =>
      JSON.parse(
        readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${name}`), 'utf8'),
      ) as Topology;
    const world = asset.worldAsset(topology('countries-50m.json'));
    const svgWorld = svg.svgBasemap(topology('countries-110m.json'));
    return {
      world,
      svgWorld,
      assets: { countries: JSON.stringify(world.countries), svg: JSON.stringify(svgWorld) },
    };
  })());

function atlasWorld(): Plugin {
  const worldModule = (urlExpression: string, world: WorldAsset) =>
    [
      `export const countriesUrl = ${urlExpression};`,
      `export const markers = JSON.parse(${JSON.stringify(JSON.stringify(world.markers))});`,
      `export const idByIso3 = new Map(${JSON.stringify(world.idByIso3)});`,
    ].join('\n');
  let serving = false;
  return {
    name: 'atlas-world',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === WORLD_ID || id === SVG_WORLD_ID ? `\0${id}` : null),
    async load(id) {
      if (id !== `\0${WORLD_ID}` && id !== `\0${SVG_WORLD_ID}`) return null;
      const { world, assets } = await load();
      const key = id === `\0${WORLD_ID}` ? 'countries' : 'svg';
      const url = serving
        ? JSON.stringify(DEV_PATHS[key])
        : `import.meta.ROLLUP_FILE_URL_${this.emitFile({
            type: 'asset',
            name: key === 'countries' ? 'world-countries.json' : 'world-svg.json',
            source: assets[key],
          })}`;
      return key === 'countries' ? worldModule(url, world) : `export const svgWorldUrl = ${url};`;
    },
    configureServer(server) {
      for (const key of ['countries', 'svg'] as const) {
        server.middlewares.use(DEV_PATHS[key], (_req, res, next) => {
          load().then(({ assets }) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(assets[key]);
          }, next);
        });
      }
    },
  };
}

const ROOT_MARKUP = '<div id="root"></div>';
const TITLE_MARKUP = '<title>Cooperation Atlas</title>';
const NO_CSS = '\0atlas-no-css';
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&#${String(c.codePointAt(0))};`);

/**
 * Prerenders the page as it opens without URL parameters into index.html (src/prerender.tsx), so
 * the heading, summary, controls and charts show before any script has run; src/main.tsx hydrates.
 */
function prerenderPage(): Plugin {
  return {
    name: 'atlas-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { module } = await runnerImport<{
          prerenderPage: (svgWorld: SvgBasemap) => { title: string; html: string };
        }>(fileURLToPath(new URL('./src/prerender.tsx', import.meta.url)), {
          configFile: false,
          logLevel: 'error',
          oxc: { jsx: { runtime: 'automatic' } },
          // Styles come with the client build; on the server a stylesheet import is empty.
          plugins: [
            {
              name: 'atlas-prerender-no-css',
              enforce: 'pre',
              resolveId: (id) => (id.endsWith('.css') ? NO_CSS : null),
              load: (id) => (id === NO_CSS ? 'export {};' : null),
            },
          ],
        });
        if (!html.includes(ROOT_MARKUP) || !html.includes(TITLE_MARKUP))
          throw new Error(`index.html has no ${ROOT_MARKUP} or no ${TITLE_MARKUP}`);
        const page = module.prerenderPage((await load()).svgWorld);
        // Replacer functions: a `$&` or `$'` in the data must stay text, not a replace pattern.
        return html
          .replace(TITLE_MARKUP, () => `<title>${escapeHtml(page.title)}</title>`)
          .replace(ROOT_MARKUP, () => `<div id="root">${page.html}</div>`);
      },
    },
  };
}

/** MapLibre's stylesheet as the app needs it: no rules for controls it never adds (see the module). */
function mapLibreStyles(): Plugin {
  let loaded: Promise<{ module: { usedMapLibreCss: typeof usedMapLibreCss } }> | undefined;
  return {
    name: 'atlas-maplibre-css',
    enforce: 'pre',
    transform: {
      filter: { id: /\/maplibre-gl\/dist\/maplibre-gl\.css(?:\?|$)/ },
      async handler(code) {
        loaded ??= runnerImport(
          fileURLToPath(new URL('./scripts/usedMapLibreCss.ts', import.meta.url)),
          { configFile: false, logLevel: 'error' },
        );
        return (await loaded).module.usedMapLibreCss(code);
      },
    },
  };
}

/** Screens wider than phones, which start MapLibre at once (src/map/AtlasMap.tsx's PHONE_QUERY). */
const WIDE_MEDIA = '(min-width: 601px)';

/**
 * On wider screens, preloads the map's lazy chunks (the map module and MapLibre's) from index.html,
 * so they download while the main chunk does instead of after it has run (src/map/preloadMap.ts
 * imports both there). Phones, which open on the SVG map, fetch the map module as before: on a
 * slow connection a preload would compete with the main chunk for the first paint.
 */
function mapPreloads(): Plugin {
  const preloads = (bundle: Rolldown.OutputBundle, entry: string) => {
    const chunk = Object.values(bundle).find(
      (c): c is Rolldown.OutputChunk =>
        c.type === 'chunk' && (c.facadeModuleId?.endsWith(entry) ?? false),
    );
    if (!chunk) return [];
    const files = [chunk.fileName, ...chunk.imports];
    return files.map((file) => ({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}`, media: WIDE_MEDIA },
      injectTo: 'head' as const,
    }));
  };
  return {
    name: 'atlas-map-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return [];
        const tags = [
          ...preloads(bundle, '/src/map/AtlasMap.tsx'),
          ...preloads(bundle, '/src/map/MapLibreView.tsx'),
        ];
        // One tag per file, none for a file the page already loads (the entry and its imports).
        const seen = new Set<string>();
        return tags.filter((t) => {
          const file = t.attrs.href.slice(2);
          if (seen.has(file) || html.includes(file)) return false;
          seen.add(file);
          return true;
        });
      },
    },
  };
}

const SOURCES_DIR = fileURLToPath(new URL('./data/sources/', import.meta.url));

/**
 * Serves and ships `data/sources/*.txt` at `sources/`, the path each source's `file` names relative
 * to `data/`, so the details' "Full text" links work. (Making `data/` the public directory would
 * also ship the dataset twice, and Vite refuses imports from its public directory.)
 */
function sourceTexts(): Plugin {
  const names = () => readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt'));
  return {
    name: 'atlas-source-texts',
    configureServer(server) {
      server.middlewares.use('/sources/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (!names().includes(name)) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(readFileSync(SOURCES_DIR + name));
      });
    },
    generateBundle() {
      for (const name of names()) {
        this.emitFile({
          type: 'asset',
          fileName: `sources/${name}`,
          source: readFileSync(SOURCES_DIR + name),
        });
      }
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [
    react(),
    contentSecurityPolicy(),
    prerenderPage(),
    atlasWorld(),
    sourceTexts(),
    mapLibreStyles(),
    mapPreloads(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
