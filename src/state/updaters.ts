import type { AtlasState } from './atlasState';

/**
 * Pure state updaters: each takes the state and returns the next one. `all` lists every id of the
 * dimension, so that "every box checked" collapses back to `null` (no filter).
 */
export function toggleInList(
  current: readonly string[] | null,
  id: string,
  all: readonly string[],
): readonly string[] | null {
  const base = current ?? all;
  const next = base.includes(id) ? base.filter((x) => x !== id) : [...base, id];
  const ordered = all.filter((x) => next.includes(x));
  return ordered.length === all.length ? null : ordered;
}

export function toggleSector(s: AtlasState, id: string, all: readonly string[]): AtlasState {
  return { ...s, sectors: toggleInList(s.sectors, id, all) };
}

export function toggleRegion(s: AtlasState, id: string, all: readonly string[]): AtlasState {
  return { ...s, regions: toggleInList(s.regions, id, all) };
}

/** Sets the year range, keeping `from ≤ to` and collapsing the full span to `null`. */
export function setYears(
  s: AtlasState,
  from: number,
  to: number,
  span: { readonly min: number; readonly max: number },
): AtlasState {
  const lo = Math.max(span.min, Math.min(from, to));
  const hi = Math.min(span.max, Math.max(from, to));
  return { ...s, from: lo === span.min ? null : lo, to: hi === span.max ? null : hi };
}

export function resetFilters(s: AtlasState): AtlasState {
  return { ...s, from: null, to: null, sectors: null, regions: null, playing: false };
}

export function selectCountry(s: AtlasState, iso3: string | null): AtlasState {
  return { ...s, country: iso3 };
}
