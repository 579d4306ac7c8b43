import type { Filters } from './filters';

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/** Whether two filters have the same values (not necessarily the same identity). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    Object.is(a.from, b.from) &&
    Object.is(a.to, b.to) &&
    sameList(a.sectors, b.sectors) &&
    sameList(a.regions, b.regions) &&
    sameList(a.types, b.types) &&
    sameList(a.status, b.status) &&
    a.actor === b.actor
  );
}
