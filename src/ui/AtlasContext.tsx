import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../data/types';
import type { Selection } from '../data/selection';
import type { AtlasState } from '../state/atlasState';
import type { AtlasStore } from '../state/store';

export interface AtlasContextValue {
  readonly store: AtlasStore;
  readonly dataset: Dataset;
  /** The one memoised selection of (dataset, filters) every view reads. */
  readonly selection: Selection;
  /** Every partner country and region of the dataset, unfiltered. */
  readonly universe: Selection;
}

export const AtlasContext = createContext<AtlasContextValue | null>(null);

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas() outside <AtlasContext>');
  return value;
}

/** A narrow read of the store: the component re-renders only when this slice changes. */
export function useAtlasState<T>(selector: (s: AtlasState) => T): T {
  return useStore(useAtlas().store, selector);
}
