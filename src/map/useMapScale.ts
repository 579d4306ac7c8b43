import { useMemo } from 'react';
import { NO_FILTERS } from '../data/filters';
import type { PartnerStat } from '../data/selection';
import { selectView } from '../data/selectView';
import type { Dataset } from '../data/types';
import { countSteps, type CountStep } from './countSteps';

export interface MapScale {
  /** Every country that can ever be a partner, from the unfiltered selection, most first. */
  readonly candidates: readonly PartnerStat[];
  /** The largest count: the widest arc and the top colour step. */
  readonly maxCount: number;
  readonly steps: readonly CountStep[];
  /** Every member of the dataset's groups, sorted: the only countries that can be via-only. */
  readonly groupMembers: readonly string[];
}

/**
 * The map's colour steps and arc scale, from the dataset unfiltered: colours keep their meaning
 * while filters (or the year player) change.
 */
export function mapScale(dataset: Dataset): MapScale {
  const candidates = selectView(dataset, NO_FILTERS).partners;
  const maxCount = candidates[0]?.count ?? 0;
  const groupMembers = [...new Set(dataset.groups.flatMap((g) => g.members))].sort();
  return { candidates, maxCount, steps: countSteps(maxCount), groupMembers };
}

/** {@link mapScale}, once per dataset. */
export function useMapScale(dataset: Dataset): MapScale {
  return useMemo(() => mapScale(dataset), [dataset]);
}
