import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../data/types';
import { localize } from '../i18n/lang';
import type { AtlasStore } from '../state/store';

/** `document.title` carries the dataset title, in the UI language. */
export function useDocumentTitle(dataset: Dataset | null, store: AtlasStore): void {
  const lang = useStore(store, (s) => s.lang);
  useEffect(() => {
    document.title = dataset
      ? `${localize(dataset.title, lang)} · Cooperation Atlas`
      : 'Cooperation Atlas';
  }, [dataset, lang]);
}
