import { oldestFirstOrder } from '../datasetIndex';
import { packActivities } from './activityBatches';
import { batchSize, type OpenRequest, type WorkerMessage } from './protocol';
import { readDatasetFile } from './readDatasetFile';

/**
 * The worker that opens dataset files off the main thread (SPEC §2). It answers one request with
 * progress messages, the activities in batches, and the outcome; the page terminates it to cancel.
 */
function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

let last = -1;
function progress(fraction: number): void {
  // At most a message per percent: a 100 MB file arrives in thousands of chunks.
  const step = Math.floor(fraction * 100);
  if (step === last) return;
  last = step;
  post({ type: 'progress', fraction });
}

self.addEventListener('message', (event: MessageEvent<OpenRequest>) => {
  void readDatasetFile(event.data, progress).then((outcome) => {
    if (outcome.kind !== 'loaded') {
      post({ type: 'outcome', outcome });
      return;
    }
    const { activities } = outcome.dataset;
    const order = oldestFirstOrder(activities);
    const batch = batchSize(event.data.file.size, activities.length);
    for (let i = 0; i < activities.length; i += batch) {
      const packed = packActivities(activities.slice(i, i + batch));
      post(packed, [packed.quoteEnds.buffer]);
    }
    const rest = { ...outcome, dataset: { ...outcome.dataset, activities: [] } };
    post({ type: 'outcome', outcome: rest, order }, [order.buffer]);
  });
});
