import { rmSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

let server: PreviewServer | undefined;
let browser: BrowserServer | undefined;

/** Builds the app once, serves it on 127.0.0.1 and starts one Chromium that every test file reuses. */
export default async function setup(project: TestProject) {
  // A directory of its own per run, so two runs at once (or a bench) never serve each other's build.
  const outDir = `node_modules/.atlas-test/dist-${process.pid}`;
  // Test hooks (window.__atlasMap, data-partners) exist only in builds made with this set.
  process.env.VITE_ATLAS_TEST_HOOKS = '1';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  project.provide('baseUrl', url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()) ?? resolve());
    rmSync(outDir, { recursive: true, force: true });
  };
}
