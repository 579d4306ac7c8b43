import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../data/types';
import { localize, type Lang } from '../i18n/lang';
import type { AtlasStore } from '../state/store';

/** The page title: the dataset title, in the UI language, and the app's name. */
export function documentTitleOf(dataset: Dataset | null, lang: Lang): string {
  return dataset ? `${localize(dataset.title, lang)} · Cooperation Atlas` : 'Cooperation Atlas';
}

/** `document.title` carries the dataset title, in the UI language. */
export function useDocumentTitle(dataset: Dataset | null, store: AtlasStore): void {
  const lang = useStore(store, (s) => s.lang);
  useEffect(() => {
    document.title = documentTitleOf(dataset, lang);
  }, [dataset, lang]);
}
