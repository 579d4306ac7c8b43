import type { PartnerStat } from '../data/selection';
import type { Iso3 } from '../data/types';
import { isViaOnly } from '../data/viaOnly';
import { stepOf, type CountStep } from './countSteps';
import { arcWidthFor } from './toArcFeatures';

/**
 * The feature state the map paints a partner country with. Everything that depends on the
 * dataset's scale (which colour step, how wide the arc) is worked out here, so the style's
 * expressions depend on the theme alone: a new dataset then changes feature state only, and
 * never makes MapLibre's worker lay out every country again.
 */
export interface PartnerState {
  /** Activities reaching the country, directly or via a group. */
  readonly count: number;
  /** True when the country is reached only through a group (drawn lighter, dashed). */
  readonly via: boolean;
  /** The palette colour of the count's step (`CountStep.shade`). */
  readonly shade: number;
  /** The arc's width, CSS px. */
  readonly width: number;
}

/** The dataset's colour steps and largest count: what a count is painted against. */
export interface PartnerScale {
  readonly steps: readonly CountStep[];
  readonly maxCount: number;
}

/** Feature id → state for every partner the map has a feature or marker for. */
export function partnerStates(
  partners: readonly PartnerStat[],
  idByIso3: ReadonlyMap<Iso3, number>,
  scale: PartnerScale,
): Map<number, PartnerState> {
  const states = new Map<number, PartnerState>();
  for (const p of partners) {
    const id = idByIso3.get(p.iso3);
    if (id === undefined || !(p.count > 0)) continue;
    states.set(id, {
      count: p.count,
      via: isViaOnly(p),
      shade: stepOf(p.count, scale.steps)?.shade ?? 0,
      width: arcWidthFor(p.count, scale.maxCount),
    });
  }
  return states;
}
