import type { Filters } from './filters';
import { sameFilters } from './sameFilters';
import type { Selection } from './selection';
import { selectView } from './selectView';
import type { Dataset } from './types';

/**
 * `selectView`, remembering its last answer: every view, export and scene reads the selection of
 * the same (dataset, filters) through one cache, so they share one object, computed once per filter
 * change, whoever asks first.
 */
export function createSelectionCache(): (dataset: Dataset, filters: Filters) => Selection {
  let last: { dataset: Dataset; filters: Filters; selection: Selection } | null = null;
  return (dataset, filters) => {
    if (last && last.dataset === dataset && sameFilters(last.filters, filters))
      return last.selection;
    const selection = selectView(dataset, filters);
    last = { dataset, filters, selection };
    return selection;
  };
}
