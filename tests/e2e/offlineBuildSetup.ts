import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's single-file build goes (tests/e2e/offlineBuild.ts), made on first use. */
    offlineDir: string;
  }
}

/**
 * Gives the run a directory of its own for the single-file build that offline.e2e.ts and
 * resilience.e2e.ts share, and removes it when the run ends. The build itself waits for the first
 * file that asks for it, so a run of other files never pays for it.
 */
export default function setup(project: TestProject) {
  // Keyed on this run's process: two runs at once never share (or delete) each other's build.
  const dir = resolve(`node_modules/.atlas-test/offline-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  project.provide('offlineDir', dir);
  return () => {
    rmSync(dir, { recursive: true, force: true });
  };
}
