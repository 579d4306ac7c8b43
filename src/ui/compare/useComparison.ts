import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { comparePeriods, type Comparison } from '../../data/compare';
import { filtersOf } from '../../state/atlasState';
import { useAtlas, useAtlasState } from '../AtlasContext';

/**
 * The comparison of period A with the year range (period B) under the current filters, or null
 * when `Compare periods` is off. Every compare view reads this one memoised value.
 */
export function useComparison(): Comparison | null {
  const { dataset, store } = useAtlas();
  const compare = useAtlasState((s) => s.compare);
  const filters = useStore(store, useShallow(filtersOf));
  return useMemo(
    () => (compare ? comparePeriods(dataset, filters, compare) : null),
    [dataset, filters, compare],
  );
}
