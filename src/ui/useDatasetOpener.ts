import { startTransition, useCallback, useRef, useState } from 'react';
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from '../data/formats/limits';
import type { ImportReport } from '../data/formats/report';
import type { OpenOutcome } from '../data/worker/protocol';
import type { Dataset, Iso3 } from '../data/types';
import type { Notice } from './notices';
import { openInWorker, type OpenJob } from './openInWorker';
import { createOpenProgress, type OpenProgress } from './openProgress';

/** What the opener shows: progress of the file being opened, a home-country question, a report. */
export interface OpenerState {
  /** The file being opened and how far it is; null when none is. */
  readonly opening: { readonly name: string; readonly progress: OpenProgress } | null;
  /** An IATI file whose reporting organisation is no country, waiting for `chooseHome`. */
  readonly needHome: { readonly file: File; readonly reportingOrg: string } | null;
  /** The last IATI import's report, shown while its dataset is. */
  readonly report: { readonly name: string; readonly report: ImportReport } | null;
}

export interface DatasetOpener extends OpenerState {
  readonly open: (file: File, home?: Iso3) => void;
  readonly cancel: () => void;
  readonly chooseHome: (home: Iso3) => void;
  readonly clearReport: () => void;
}

const IDLE: OpenerState = { opening: null, needHome: null, report: null };

/** The notice for an outcome that loaded nothing. */
function failure(
  name: string,
  outcome: Exclude<OpenOutcome, { kind: 'loaded' | 'need-home' }>,
): Notice {
  switch (outcome.kind) {
    case 'too-large':
      return { kind: 'dataset-too-large', name, size: outcome.size, limit: MAX_FILE_LABEL };
    case 'not-json':
      return { kind: 'dataset-not-json', name, detail: outcome.detail };
    case 'unreadable':
      return { kind: 'dataset-unreadable', name, detail: outcome.detail };
    case 'invalid':
      return { kind: 'dataset-invalid', name, problems: outcome.problems };
  }
}

/**
 * Opens files in a worker one at a time (a new file cancels the one being opened); the current
 * view stays until a file has loaded. `onLoaded` receives each dataset that passed validation.
 */
export function useDatasetOpener(
  onLoaded: (dataset: Dataset, name: string) => void,
  notify: (notice: Notice) => void,
): DatasetOpener {
  const [state, setState] = useState<OpenerState>(IDLE);
  const job = useRef<OpenJob | null>(null);

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setState((s) => ({ ...s, opening: null }));
  }, []);

  const open = useCallback(
    (file: File, home?: Iso3) => {
      job.current?.cancel();
      if (file.size > MAX_FILE_BYTES) {
        notify({
          kind: 'dataset-too-large',
          name: file.name,
          size: file.size,
          limit: MAX_FILE_LABEL,
        });
        return;
      }
      const progress = createOpenProgress();
      setState((s) => ({ ...s, opening: { name: file.name, progress }, needHome: null }));
      const request = home === undefined ? { file } : { file, home };
      const current = openInWorker(request, progress.set);
      job.current = current;
      void current.done.then((outcome) => {
        if (job.current !== current || outcome === null) return;
        job.current = null;
        if (outcome.kind === 'loaded') {
          const report = outcome.report ? { name: file.name, report: outcome.report } : null;
          // A transition: React renders the new dataset's views in slices, the bar staying
          // until they show.
          startTransition(() => {
            setState({ opening: null, needHome: null, report });
            onLoaded(outcome.dataset, file.name);
          });
        } else if (outcome.kind === 'need-home') {
          setState((s) => ({
            ...s,
            opening: null,
            needHome: { file, reportingOrg: outcome.reportingOrg },
          }));
        } else {
          setState((s) => ({ ...s, opening: null }));
          notify(failure(file.name, outcome));
        }
      });
    },
    [onLoaded, notify],
  );

  const chooseHome = useCallback(
    (home: Iso3) => {
      if (state.needHome) open(state.needHome.file, home);
    },
    [state.needHome, open],
  );
  const clearReport = useCallback(() => setState((s) => ({ ...s, report: null })), []);
  return { ...state, open, cancel, chooseHome, clearReport };
}
