import type { PartnerStat } from '../../../src/data/selection';

/** A partner row as the selection reports it; `direct` defaults to `count`. */
export function partner(
  iso3: string,
  count: number,
  direct = count,
  viaGroups: string[] = [],
): PartnerStat {
  return { iso3, count, direct, viaGroups, regionId: 'test-region' };
}
