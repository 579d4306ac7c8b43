import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { NO_FILTERS } from '../../src/data/filters';
import { selectView } from '../../src/data/selectView';
import type { Dataset } from '../../src/data/types';
import { partnerBounds } from '../../src/map/partnerBounds';

/** Where the reference page lands inside the app's build, so one preview server serves both. */
export const BARE_DIR = 'bench-bare';

/**
 * Builds the bare MapLibre reference page (./bare/) into `<appOutDir>/bench-bare/`, with the same
 * Vite and the same maplibre-gl as the app, and no app code.
 */
export async function buildBare(appOutDir: string): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./bare/', import.meta.url)),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      // Absolute: a relative outDir would be taken from `root`.
      outDir: resolve(appOutDir, BARE_DIR),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
    },
  });
}

/**
 * The bare page's URL for a map area of `area`'s size framed on `dataset`'s partners (all of
 * them, no filter), as the app frames its first view.
 */
export function bareMapUrl(
  baseUrl: string,
  worldPath: string,
  area: { readonly width: number; readonly height: number },
  dataset: Dataset,
): string {
  const b = partnerBounds(dataset.home, selectView(dataset, NO_FILTERS).partners);
  const bounds = b ? b.flat().join(',') : '-180,-60,180,80';
  return `${baseUrl}${BARE_DIR}/index.html?world=../${worldPath}&w=${Math.round(area.width)}&h=${Math.round(area.height)}&bounds=${bounds}&pad=40`;
}
