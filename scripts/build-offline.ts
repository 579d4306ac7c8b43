import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { OFFLINE_FILE, offlineFile } from './build-offline-plugin';

/**
 * Writes the single-file atlas `<outDir>/cooperation-atlas.html`, which works opened from disk with
 * no network. `keep`: add it to what `outDir` holds (the served build, whose `Save offline copy`
 * fetches it) instead of emptying the directory first.
 */
export async function buildOffline(outDir: string, keep = false): Promise<string> {
  await build({
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
  });
  return join(outDir, OFFLINE_FILE);
}

// `tsx scripts/build-offline.ts [outDir] [--keep]` (default `dist-offline`).
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist-offline';
  const file = await buildOffline(resolve(dir), args.includes('--keep'));
  const kb = Math.round(statSync(file).size / 1024);
  console.log(`${file}: ${kb.toLocaleString('en')} KB`);
}
