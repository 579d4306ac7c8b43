import { indexDatasetInSteps } from '../data/datasetIndex';
import { NO_FILTERS } from '../data/filters';
import { selectView } from '../data/selectView';
import type { Dataset } from '../data/types';
import { yieldToMain } from './yieldToMain';

/**
 * Prepares what showing a just-opened dataset reads first, in slices between which the page stays
 * responsive: its index (`indexDatasetInSteps`, in the order the worker sorted) and then, in a task
 * of its own, the unfiltered selection every view starts from (a new dataset opens unfiltered), so
 * the render that shows the dataset finds both memoised. Rejects with the signal's reason once
 * `signal` aborts.
 */
export async function readyToShow(
  dataset: Dataset,
  order: Int32Array | undefined,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<void> {
  await indexDatasetInSteps(dataset, {
    ...(order ? { order } : {}),
    signal,
    onProgress: (f) => onProgress(0.9 * f),
    pause: yieldToMain,
  });
  onProgress(0.9);
  await yieldToMain();
  signal.throwIfAborted();
  selectView(dataset, NO_FILTERS);
  onProgress(1);
}
