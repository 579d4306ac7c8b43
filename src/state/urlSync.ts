import type { AtlasStore } from './store';
import { toSearch, urlStateOf, type UrlState } from './url';

/** Within this many ms of the previous URL change, history entries are replaced, not pushed. */
const REPLACE_WINDOW_MS = 800;

export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string | URL | null): void;
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
}

/**
 * Keeps the URL following the store: rapid changes (dragging a thumb, playback) replace the
 * current entry so Back is not flooded; a change after a pause pushes one.
 * Returns the unsubscribe function.
 */
export function syncUrlFromStore(
  store: AtlasStore,
  history: HistoryLike,
  location: { readonly pathname: string; readonly search: string; readonly hash: string },
  now: () => number = () => Date.now(),
): () => void {
  let lastAt = -Infinity;
  return store.subscribe((state) => {
    const search = toSearch(urlStateOf(state));
    // Compared with the live location, so state restored from Back/Forward is not pushed again.
    if (search === location.search) return;
    const t = now();
    const url = `${location.pathname}${search}${location.hash}`;
    if (state.playing || t - lastAt < REPLACE_WINDOW_MS) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastAt = t;
  });
}

/** Applies a URL state to the store without touching view-only fields. */
export function applyUrlState(store: AtlasStore, u: UrlState): void {
  store.setState({ ...store.getState(), ...u });
}
