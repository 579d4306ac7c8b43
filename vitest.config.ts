import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          // The second gives the run a directory for the single-file build that the offline and
          // resilience files share (tests/e2e/offlineBuild.ts), built once, on first use.
          globalSetup: ['tests/e2e/globalSetup.ts', 'tests/e2e/offlineBuildSetup.ts'],
          // Builds made inside a test file (the shared single file) carry the test hooks too.
          env: { VITE_ATLAS_TEST_HOOKS: '1' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // What a user waits for (a dataset opening, a map repaint) takes seconds on a busy
          // 2-core machine; vitest's default of 1 s made the polls fail there, not the app.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
