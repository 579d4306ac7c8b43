import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { OFFLINE_FILE, offlineFile } from './build-offline-plugin';

/**
 * Writes the single-file atlas: `tsx scripts/build-offline.ts [outDir]` (default `dist-offline`),
 * giving `<outDir>/cooperation-atlas.html`, which works opened from disk with no network.
 */
export async function buildOffline(outDir: string): Promise<string> {
  await build({
    configFile: resolve(import.meta.dirname, '../vite.config.ts'),
    logLevel: 'warn',
    plugins: [offlineFile()],
    build: {
      outDir,
      emptyOutDir: true,
      cssCodeSplit: false,
      modulePreload: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return join(outDir, OFFLINE_FILE);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const file = await buildOffline(resolve(process.argv[2] ?? 'dist-offline'));
  const kb = Math.round(statSync(file).size / 1024);
  console.log(`${file}: ${kb.toLocaleString('en')} KB`);
}
