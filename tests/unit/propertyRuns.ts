/**
 * fast-check settings for the property tests: seeded, so a failure reproduces, and `runs` cases
 * each. `npm run mutation` lowers the count through `ATLAS_PROPERTY_RUNS` (see
 * vitest.stryker.config.ts): Stryker reruns the tests for every mutant, and a mutant that a
 * property catches at all is caught within the first few dozen cases.
 */
export function propertyRuns(runs: number): { readonly seed: number; readonly numRuns: number } {
  const override = Number(process.env.ATLAS_PROPERTY_RUNS);
  return { seed: 20261202, numRuns: override > 0 ? Math.min(override, runs) : runs };
}
