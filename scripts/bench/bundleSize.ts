import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './printTable';

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Gzip sizes from a built `dist/`: what index.html loads before the first render (its entry
 * script, stylesheets and module preloads) and every JS and CSS file, MapLibre's worker included.
 */
export function measureBundle(dist: string): BenchRow[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|mjs|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  const firstRender = [...new Set(refs)].reduce((sum, f) => sum + gz(join(dist, f)), 0);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|mjs|css)$/.test(f));
  const all = assets.reduce((sum, f) => sum + gz(join(dist, 'assets', f)), 0);
  return [
    {
      figure: 'JS + CSS before first render, gzip',
      measured: kb(firstRender),
      budget: '≤ 200 KB',
      ok: firstRender <= 200 * 1024,
    },
    {
      figure: 'all JS + CSS (MapLibre + worker), gzip',
      measured: kb(all),
      budget: '≤ 650 KB',
      ok: all <= 650 * 1024,
    },
  ];
}
