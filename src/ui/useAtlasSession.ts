import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import bundled from '../../data/cooperation.json';
import { NO_FILTERS, type Filters } from '../data/filters';
import { createSelectionCache } from '../data/selectionCache';
import { filtersOf } from '../state/atlasState';
import { selectView } from '../data/selectView';
import type { Dataset } from '../data/types';
import { openingDataset } from './offlineEmbedded';
import { createAtlasStore, update, type AtlasStore } from '../state/store';
import { resetFilters, selectCountry } from '../state/updaters';
import { checkAgainstDataset, parseUrl, toSearch, urlStateOf, type UrlContext } from '../state/url';
import { applyUrlState, syncUrlFromStore } from '../state/urlSync';
import type { Selection } from '../data/selection';
import { isError, type Notice, type NoticeEntry } from './notices';
import { useDatasetOpener, type DatasetOpener } from './useDatasetOpener';
import { validateDataset } from '../data/validate';

/** How long a confirmation (link copied, dataset opened) stays on screen, in ms. */
const INFO_NOTICE_MS = 4000;

function urlContextOf(universe: Selection, dataset: Dataset): UrlContext {
  return {
    yearSpan: universe.yearSpan,
    sectorIds: dataset.sectors.map((s) => s.id),
    regionIds: universe.perRegion.map((r) => r.id),
    partnerIso3s: universe.partners.map((p) => p.iso3),
    typeIds: universe.perType.map((t) => t.id),
    actors: new Set(dataset.activities.flatMap((a) => [...a.actors.korea, ...a.actors.partner])),
  };
}

/** Reads the URL against a dataset: the state to show and what was ignored. */
export function stateFromUrl(search: string, dataset: Dataset) {
  const parsed = parseUrl(search);
  const checked = checkAgainstDataset(
    parsed.state,
    urlContextOf(selectView(dataset, NO_FILTERS), dataset),
  );
  return { state: checked.state, problems: [...parsed.problems, ...checked.problems] };
}

export interface AtlasSession {
  readonly store: AtlasStore;
  readonly dataset: Dataset | null;
  /** The selection of the filters now in the store (the memoised one the views show). */
  readonly currentSelection: () => Selection | null;
  /** The memoised selection of (dataset, filters) that every view reads. */
  readonly selectionOf: (dataset: Dataset, filters: Filters) => Selection;
  readonly universe: Selection | null;
  readonly notices: readonly NoticeEntry[];
  readonly notify: (n: Notice) => void;
  readonly dismiss: (id: number) => void;
  readonly openFile: (file: File) => void;
  /** Whether the shown dataset is the bundled one, whose source files are served beside it. */
  readonly isBundled: boolean;
  /** Opening files in the worker: progress, Cancel, the home-country question, the import report. */
  readonly opener: DatasetOpener;
  /** `Bundled dataset`: back to the data the app ships with. */
  readonly openBundled: () => void;
}

/**
 * Owns the dataset, the store and the URL: validates the bundled data, restores the state of
 * `initialSearch` (the page's query string; empty when prerendering), keeps the URL following the
 * store, and swaps in a user's file only when it is valid.
 */
export function useAtlasSession(initialSearch: string): AtlasSession {
  const nextId = useRef(1);
  const [notices, setNotices] = useState<NoticeEntry[]>([]);
  const notify = useCallback((notice: Notice) => {
    const id = nextId.current++;
    // A newer notice of the same family replaces the older one (a second file's errors replace the first's).
    const family = (n: Notice) => (n.kind === 'dataset-not-json' ? 'dataset-invalid' : n.kind);
    setNotices((list) => [
      ...list.filter((e) => family(e.notice) !== family(notice)),
      { id, notice },
    ]);
    // Confirmations fade on their own; errors stay until dismissed.
    if (!isError(notice)) {
      window.setTimeout(() => {
        setNotices((list) => list.filter((e) => e.id !== id));
      }, INFO_NOTICE_MS);
    }
  }, []);
  const dismiss = useCallback(
    (id: number) => setNotices((list) => list.filter((e) => e.id !== id)),
    [],
  );

  const [initial] = useState(() => {
    // A saved offline copy opens with the dataset it carries.
    const { result, embedded, refused } = openingDataset(bundled);
    if (!result.ok)
      return { dataset: null, problems: result.problems, url: null, embedded, refused };
    const url = stateFromUrl(initialSearch, result.dataset);
    return { dataset: result.dataset, problems: [], url, embedded, refused };
  });
  const [dataset, setDataset] = useState<Dataset | null>(initial.dataset);
  const [isBundled, setIsBundled] = useState(!initial.embedded);
  const [store] = useState(() => createAtlasStore(initial.url?.state ?? {}));

  useEffect(() => {
    if (initial.problems.length > 0)
      notify({ kind: 'bundled-invalid', problems: initial.problems });
    if (initial.refused) notify({ kind: 'dataset-invalid', ...initial.refused });
    if (initial.url && initial.url.problems.length > 0)
      notify({ kind: 'url', problems: initial.url.problems });
  }, [initial, notify]);

  useEffect(() => {
    // Show the cleaned-up URL once, so a shared link names only what is on screen.
    const clean = toSearch(urlStateOf(store.getState()));
    if (clean !== window.location.search) {
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${clean}${window.location.hash}`,
      );
    }
    return syncUrlFromStore(store, window.history, window.location);
  }, [store]);

  useEffect(() => {
    if (!dataset) return undefined;
    const onPop = () => {
      const { state, problems } = stateFromUrl(window.location.search, dataset);
      applyUrlState(store, state);
      if (problems.length > 0) notify({ kind: 'url', problems });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dataset, store, notify]);

  useEffect(() => {
    let wasPresenting = store.getState().presenting;
    return store.subscribe((s) => {
      // The audience's screen starts clean: what was said while preparing (a bad file, a bad link)
      // is dismissed on entering presentation; what goes wrong while presenting still shows.
      if (s.presenting && !wasPresenting) setNotices([]);
      wasPresenting = s.presenting;
    });
  }, [store]);

  useEffect(() => {
    document.documentElement.lang = store.getState().lang;
    return store.subscribe((s) => {
      document.documentElement.lang = s.lang;
    });
  }, [store]);

  const showLoaded = useCallback(
    (loaded: Dataset, name: string | null) => {
      setDataset(loaded);
      setIsBundled(name === null);
      // A new dataset starts unfiltered, with no country open.
      update(store, (st) => selectCountry(resetFilters(st), null));
      const stale = new Set([
        'dataset-invalid',
        'dataset-not-json',
        'dataset-too-large',
        'dataset-unreadable',
      ]);
      setNotices((list) => list.filter((e) => !stale.has(e.notice.kind)));
      if (name !== null) notify({ kind: 'opened', name });
    },
    [store, notify],
  );
  // Every format is read and validated in a worker; the view stays until a file has loaded.
  const opener = useDatasetOpener(showLoaded, notify);
  const openFile = opener.open;
  const { clearReport } = opener;
  const openBundled = useCallback(() => {
    const result = validateDataset(bundled);
    clearReport();
    if (result.ok) showLoaded(result.dataset, null);
  }, [showLoaded, clearReport]);

  // Read on demand, not subscribed: the page around the views does not re-render on a filter
  // change (SelectionProvider re-renders the views that read the selection).
  const [selectionOf] = useState(createSelectionCache);
  const currentSelection = useCallback(
    () => (dataset ? selectionOf(dataset, filtersOf(store.getState())) : null),
    [dataset, store, selectionOf],
  );
  const universe = useMemo(() => (dataset ? selectView(dataset, NO_FILTERS) : null), [dataset]);

  return {
    store,
    dataset,
    currentSelection,
    selectionOf,
    universe,
    notices,
    notify,
    dismiss,
    openFile,
    isBundled,
    opener,
    openBundled,
  };
}
