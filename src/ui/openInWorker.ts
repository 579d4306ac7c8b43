import type { OpenOutcome, OpenRequest, WorkerMessage } from '../data/worker/protocol';
import type { Activity } from '../data/types';
import { unpackActivities, type StringPool } from '../data/worker/activityBatches';
import { readyToShow } from './readyToShow';

/** A file being opened in the worker: its outcome (null when cancelled) and how to cancel it. */
export interface OpenJob {
  readonly done: Promise<OpenOutcome | null>;
  readonly cancel: () => void;
}

/** Share of the progress bar the worker's reading and checking take; the page's preparing, the rest. */
const WORKER_SHARE = 0.9;

/**
 * Opens a dataset file in a Web Worker of its own (SPEC §2), so the page stays responsive: the
 * worker reads, validates and sorts, reporting progress; a loaded dataset arrives in small batches
 * (each deserialised in a task of its own), and the page then builds its index and first selection
 * in slices (`readyToShow`). Cancelling terminates the worker or stops the slices.
 */
export function openInWorker(
  request: OpenRequest,
  onProgress: (fraction: number) => void,
): OpenJob {
  const worker = new Worker(new URL('../data/worker/openWorker.ts', import.meta.url), {
    type: 'module',
  });
  const stop = new AbortController();
  const activities: Activity[] = [];
  const pool: StringPool = new Map();
  let settle: (outcome: OpenOutcome | null) => void = () => undefined;
  const done = new Promise<OpenOutcome | null>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      stop.abort();
      resolve(outcome);
    };
  });
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress(WORKER_SHARE * m.fraction);
    else if (m.type === 'activities') unpackActivities(m, activities, pool);
    else if (m.outcome.kind === 'loaded') {
      worker.terminate();
      const loaded = { ...m.outcome, dataset: { ...m.outcome.dataset, activities } };
      const preparing = (f: number) => onProgress(WORKER_SHARE + (1 - WORKER_SHARE) * f);
      // Cancelled: `done` has settled already. Failed: the views build what they need on render.
      void readyToShow(loaded.dataset, m.order, stop.signal, preparing)
        .catch(() => undefined)
        .then(() => settle(loaded));
    } else settle(m.outcome);
  });
  worker.addEventListener('error', (event) => {
    settle({ kind: 'unreadable', detail: event.message || 'the reader stopped' });
  });
  worker.postMessage(request);
  return { done, cancel: () => settle(null) };
}
