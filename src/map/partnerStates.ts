import type { PartnerStat } from '../data/selection';
import type { Iso3 } from '../data/types';
import { isViaOnly } from '../data/viaOnly';

/** The feature state the map paints a partner country with. */
export interface PartnerState {
  /** Activities reaching the country, directly or via a group. */
  readonly count: number;
  /** True when the country is reached only through a group (drawn lighter, dashed). */
  readonly via: boolean;
}

/** Feature id → state for every partner the map has a feature or marker for. */
export function partnerStates(
  partners: readonly PartnerStat[],
  idByIso3: ReadonlyMap<Iso3, number>,
): Map<number, PartnerState> {
  const states = new Map<number, PartnerState>();
  for (const p of partners) {
    const id = idByIso3.get(p.iso3);
    if (id === undefined || !(p.count > 0)) continue;
    states.set(id, { count: p.count, via: isViaOnly(p) });
  }
  return states;
}
