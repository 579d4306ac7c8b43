declare global {
  interface ImportMetaEnv {
    /** `'1'` in a test build only (see tests/e2e/resilience.e2e.ts). */
    readonly VITE_ATLAS_TEST_FAULTS?: string;
  }
  interface Window {
    /** Test builds only (`VITE_ATLAS_TEST_FAULTS`): the view that throws while rendering. */
    __atlasFault?: string;
  }
}

/**
 * Throws while rendering when a test build was asked to break `view`, so a browser test can prove
 * one failing view leaves the rest working. Production builds drop the check: the flag is a
 * build-time constant there.
 */
export function TestFault({ view }: { readonly view: string }) {
  if (import.meta.env.VITE_ATLAS_TEST_FAULTS === '1' && window.__atlasFault === view)
    throw new Error(`Test fault in the ${view} view`);
  return null;
}
