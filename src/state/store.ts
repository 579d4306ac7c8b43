import { createStore, type StoreApi } from 'zustand/vanilla';
import { INITIAL_STATE, type AtlasState } from './atlasState';

export type AtlasStore = StoreApi<AtlasState>;

/** One small store of filters, selection and view. Derived data and the map never go in it. */
export function createAtlasStore(initial: Partial<AtlasState> = {}): AtlasStore {
  return createStore<AtlasState>()(() => ({ ...INITIAL_STATE, ...initial }));
}

/** Applies a pure updater. */
export function update(store: AtlasStore, fn: (s: AtlasState) => AtlasState): void {
  store.setState(fn(store.getState()), true);
}
