import { COUNTRIES } from './countries';
import type { Iso3 } from './types';

/** A UN M49 sub-region, or the fallback region. */
export interface Region {
  /** kebab-case English name (`central-asia`). */
  readonly id: string;
  /** English name (`Central Asia`). */
  readonly name: string;
}

/**
 * Where a country goes when UN M49 gives it no sub-region (Taiwan, Kosovo, Antarctica) or the
 * code is unknown, so every partner country still belongs to exactly one region.
 */
export const OTHER_REGION: Region = { id: 'other', name: 'Other' };

/** Every region of the reference, by id, the fallback included. */
export const REGIONS: ReadonlyMap<string, Region> = new Map([
  ...[...COUNTRIES.values()].flatMap((c) =>
    c.regionId !== null && c.region !== null
      ? [[c.regionId, { id: c.regionId, name: c.region }] as const]
      : [],
  ),
  [OTHER_REGION.id, OTHER_REGION],
]);

/** The country's UN M49 sub-region, or `OTHER_REGION` when it has none. */
export function regionOf(iso3: Iso3): Region {
  const regionId = COUNTRIES.get(iso3)?.regionId;
  const region = regionId ? REGIONS.get(regionId) : undefined;
  return region ?? OTHER_REGION;
}

/** Whether `id` names a region (for checking URL parameters). */
export function isRegionId(id: string): boolean {
  return REGIONS.has(id);
}

/** The English name of a region id; the id itself when unknown. */
export function regionName(id: string): string {
  return REGIONS.get(id)?.name ?? id;
}
