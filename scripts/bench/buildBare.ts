import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

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
