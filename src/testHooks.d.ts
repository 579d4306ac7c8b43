interface ImportMetaEnv {
  /**
   * `"1"` only in builds made for the browser tests (tests/e2e/globalSetup.ts and the browser
   * project's env set `VITE_ATLAS_TEST_HOOKS=1`): then the map exposes `window.__atlasMap` and the
   * region's `data-partners`. Vite replaces the expression at build time, so every other build
   * leaves the hooks' code out (README, "Test hooks").
   */
  readonly VITE_ATLAS_TEST_HOOKS?: string;
}
