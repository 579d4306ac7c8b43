import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './printTable';

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Chunks of the format readers and writers, loaded only when a file is opened or written (SPEC §7
 * leaves them out of the total): the dataset-reading worker, the spreadsheet reader/writer and its
 * zip code, the PowerPoint writer. Named by the modules Vite names them after.
 */
const LAZY_FORMAT_CHUNK =
  /^(openWorker|buildPptx|xlsx|datasetToSheets|universal|browser|__vite-browser-external)-/;

/** Files a chunk imports statically (`import … from "./x.js"`), which must load before it runs. */
function staticImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  return [
    ...code.matchAll(
      /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?"\.\/([^"]+\.js)"/g,
    ),
  ].map((m) => join(dirname(file), m[1] ?? ''));
}

/**
 * What index.html needs before the page's first render: its stylesheets, its entry script and
 * everything the entry imports statically (whether or not a modulepreload names it). Chunks it
 * only preloads for later, such as the map's, are not needed for the first render.
 */
function firstRenderFiles(dist: string, html: string): string[] {
  const files = new Set(
    [
      ...html.matchAll(/<link rel="stylesheet"[^>]*href="\.?\/?(assets\/[^"]+\.css)"/g),
      ...html.matchAll(/<script type="module"[^>]*src="\.?\/?(assets\/[^"]+\.js)"/g),
    ].map((m) => m[1] ?? ''),
  );
  for (const file of files)
    if (file.endsWith('.js')) staticImports(dist, file).forEach((f) => files.add(f));
  return [...files];
}

/**
 * Gzip sizes from a built `dist/`: what index.html needs before the first render (see
 * {@link firstRenderFiles}) and every JS and CSS file, MapLibre's worker included.
 */
export function measureBundle(dist: string): BenchRow[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstRender = firstRenderFiles(dist, html).reduce((sum, f) => sum + gz(join(dist, f)), 0);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|mjs|css)$/.test(f));
  const lazy = assets.filter((f) => LAZY_FORMAT_CHUNK.test(f));
  const all = assets
    .filter((f) => !lazy.includes(f))
    .reduce((sum, f) => sum + gz(join(dist, 'assets', f)), 0);
  const readers = lazy.reduce((sum, f) => sum + gz(join(dist, 'assets', f)), 0);
  return [
    {
      figure: 'JS + CSS before first render, gzip',
      measured: kb(firstRender),
      budget: '≤ 200 KB',
      ok: firstRender <= 200 * 1024,
    },
    {
      figure: 'all JS + CSS (MapLibre + worker), gzip, lazy format readers excluded',
      measured: kb(all),
      budget: '≤ 650 KB',
      ok: all <= 650 * 1024,
    },
    {
      figure: 'lazy format readers and writers (xlsx, IATI worker, pptx), gzip',
      measured: kb(readers),
      budget: '(loaded on use)',
      ok: true,
    },
  ];
}
