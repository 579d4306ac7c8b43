/**
 * `BENCH_ONLY=load,lighthouse,bundle npm run bench` runs only the named groups (data, bundle,
 * load, filter, compare, open, table, lighthouse); unset, every group runs. For measuring one
 * change quickly.
 */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());

export type BenchGroup =
  'data' | 'bundle' | 'load' | 'filter' | 'compare' | 'open' | 'table' | 'lighthouse';

export const benchRuns = (group: BenchGroup): boolean => !only || only.includes(group);
