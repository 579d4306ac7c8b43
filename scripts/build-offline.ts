import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { OFFLINE_FILE, offlineFile } from './build-offline-plugin';

/** How to build the single file. */
export interface OfflineBuildOptions {
  /**
   * Add the file to what `outDir` holds (the served build, whose `Save offline copy` fetches it)
   * instead of emptying the directory first.
   */
  readonly keep?: boolean;
  /**
   * For browser tests only: the test hooks (`window.__atlasMap`) and a way to make one view throw
   * (src/ui/testFault.tsx). Never in a file anyone is given.
   */
  readonly testBuild?: boolean;
}

/**
 * Writes the single-file atlas `<outDir>/cooperation-atlas.html`, which works opened from disk with
 * no network.
 */
export async function buildOffline(
  outDir: string,
  { keep = false, testBuild = false }: OfflineBuildOptions = {},
): Promise<string> {
  await build({
    ...(testBuild
      ? {
          define: {
            'import.meta.env.VITE_ATLAS_TEST_FAULTS': '"1"',
            'import.meta.env.VITE_ATLAS_TEST_HOOKS': '"1"',
          },
        }
      : {}),
    configFile: resolve(import.meta.dirname, '../vite.config.ts'),
    logLevel: 'warn',
    plugins: [offlineFile()],
    build: {
      outDir,
      emptyOutDir: !keep,
      cssCodeSplit: false,
      modulePreload: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: { output: { codeSplitting: false } },
    },
    // A worker is carried as one block of text: its lazy imports are inlined into it.
    worker: { format: 'es', rolldownOptions: { output: { codeSplitting: false } } },
  });
  return join(outDir, OFFLINE_FILE);
}

// `tsx scripts/build-offline.ts [outDir] [--keep]` (default `dist-offline`).
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist-offline';
  const file = await buildOffline(resolve(dir), { keep: args.includes('--keep') });
  const kb = Math.round(statSync(file).size / 1024);
  console.log(`${file}: ${kb.toLocaleString('en')} KB`);
}
