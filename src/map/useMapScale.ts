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
}

/**
 * The map's colour steps and arc scale, from the dataset unfiltered: colours keep their meaning
 * while filters (or the year player) change, and outlines are limited to the candidates.
 */
export function useMapScale(dataset: Dataset): MapScale {
  return useMemo(() => {
    const candidates = selectView(dataset, NO_FILTERS).partners;
    const maxCount = candidates[0]?.count ?? 0;
    return { candidates, maxCount, steps: countSteps(maxCount) };
  }, [dataset]);
}
