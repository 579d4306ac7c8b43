import { defineConfig } from 'vitest/config';

/**
 * The unit tests alone, for `npm run mutation`: Stryker runs every mutant against them, so the
 * browser project (a build and Chromium per file) must stay out.
 */
export default defineConfig({
  test: {
    name: 'unit',
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    // One module graph for all test files: Stryker switches mutants at run time, so reloading
    // every module for every file and mutant only costs time.
    isolate: false,
    // Fewer fast-check cases per property (tests/unit/propertyRuns.ts): each mutant reruns them.
    env: { ATLAS_PROPERTY_RUNS: '40' },
    // Instrumented code on a busy machine runs several times slower than `npm test`.
    testTimeout: 60_000,
  },
});
