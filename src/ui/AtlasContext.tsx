import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Filters } from '../data/filters';
import type { Dataset } from '../data/types';
import type { Selection } from '../data/selection';
import { filtersOf, type AtlasState } from '../state/atlasState';
import type { AtlasStore } from '../state/store';

/** What stays the same while one dataset is open: a filter change does not re-render its readers. */
export interface AtlasContextValue {
  readonly store: AtlasStore;
  readonly dataset: Dataset;
  /** Every partner country and region of the dataset, unfiltered. */
  readonly universe: Selection;
  /** The memoised selection of (dataset, filters) that every view reads. */
  readonly selectionOf: (dataset: Dataset, filters: Filters) => Selection;
}

export const AtlasContext = createContext<AtlasContextValue | null>(null);

/** The one memoised selection of (dataset, filters), for the views that show it. */
const SelectionContext = createContext<Selection | null>(null);

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas() outside <AtlasContext>');
  return value;
}

/** The selection on screen; the calling component re-renders when the filters change it. */
export function useSelection(): Selection {
  const value = useContext(SelectionContext);
  if (!value) throw new Error('useSelection() outside <SelectionProvider>');
  return value;
}

/** Subscribes to the filters alone and hands their selection to the views below. */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const { store, dataset, selectionOf } = useAtlas();
  const filters = useStore(store, useShallow(filtersOf));
  return <SelectionContext value={selectionOf(dataset, filters)}>{children}</SelectionContext>;
}

/** A narrow read of the store: the component re-renders only when this slice changes. */
export function useAtlasState<T>(selector: (s: AtlasState) => T): T {
  return useStore(useAtlas().store, selector);
}
