import type { OpenOutcome, OpenRequest, WorkerMessage } from '../data/worker/protocol';
import type { Activity } from '../data/types';

/** A file being opened in the worker: its outcome (null when cancelled) and how to cancel it. */
export interface OpenJob {
  readonly done: Promise<OpenOutcome | null>;
  readonly cancel: () => void;
}

/**
 * Opens a dataset file in a Web Worker of its own (SPEC §2), so the page stays responsive: the
 * worker reads and validates, reporting progress; a loaded dataset arrives in batches. Cancelling
 * terminates the worker.
 */
export function openInWorker(
  request: OpenRequest,
  onProgress: (fraction: number) => void,
): OpenJob {
  const worker = new Worker(new URL('../data/worker/openWorker.ts', import.meta.url), {
    type: 'module',
  });
  const batches: (readonly Activity[])[] = [];
  let settle: (outcome: OpenOutcome | null) => void = () => undefined;
  const done = new Promise<OpenOutcome | null>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress(m.fraction);
    else if (m.type === 'activities') batches.push(m.items);
    else if (m.outcome.kind === 'loaded') {
      const dataset = { ...m.outcome.dataset, activities: batches.flat() };
      settle({ ...m.outcome, dataset });
    } else settle(m.outcome);
  });
  worker.addEventListener('error', (event) => {
    settle({ kind: 'unreadable', detail: event.message || 'the reader stopped' });
  });
  worker.postMessage(request);
  return { done, cancel: () => settle(null) };
}
