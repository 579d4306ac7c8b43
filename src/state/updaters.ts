import { ACTIVITY_STATUSES, type ActivityStatus, type ActivityType } from '../data/types';
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
  return {
    ...s,
    from: null,
    to: null,
    sectors: null,
    regions: null,
    types: null,
    status: null,
    actor: null,
    playing: false,
  };
}

export function selectCountry(s: AtlasState, iso3: string | null): AtlasState {
  return { ...s, country: iso3 };
}

export function toggleType(
  s: AtlasState,
  id: ActivityType,
  all: readonly ActivityType[],
): AtlasState {
  const next = toggleInList(s.types, id, all);
  return { ...s, types: next === null ? null : all.filter((t) => next.includes(t)) };
}

export function toggleStatus(s: AtlasState, id: ActivityStatus): AtlasState {
  const next = toggleInList(s.status, id, ACTIVITY_STATUSES);
  return { ...s, status: next === null ? null : ACTIVITY_STATUSES.filter((t) => next.includes(t)) };
}

/** Filters to the activities that name `actor` (null clears it). */
export function setActor(s: AtlasState, actor: string | null): AtlasState {
  return { ...s, actor };
}

/** Keeps only `sectorId` (from `Find`). */
export function onlySector(s: AtlasState, sectorId: string): AtlasState {
  return { ...s, sectors: [sectorId] };
}

/**
 * Turns `Compare periods` on with a default period A (the years before period B, as many as B
 * spans, or the span's first year) or off.
 */
export function toggleCompare(
  s: AtlasState,
  on: boolean,
  span: { readonly min: number; readonly max: number },
): AtlasState {
  if (!on) return { ...s, compare: null };
  const bFrom = s.from ?? span.min;
  const bTo = s.to ?? span.max;
  const len = bTo - bFrom;
  const aTo = Math.max(span.min, bFrom - 1);
  const aFrom = Math.max(span.min, aTo - len);
  return { ...s, compare: { from: aFrom, to: aTo } };
}

/** Sets period A, keeping `from ≤ to` inside the span. */
export function setCompare(
  s: AtlasState,
  from: number,
  to: number,
  span: { readonly min: number; readonly max: number },
): AtlasState {
  const lo = Math.max(span.min, Math.min(from, to));
  const hi = Math.min(span.max, Math.max(from, to));
  return { ...s, compare: { from: lo, to: hi } };
}
