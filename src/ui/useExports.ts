import { useCallback, type RefObject } from 'react';
import { comparePeriods, activitiesOfPeriods, type Comparison } from '../data/compare';
import { toCsv, type CsvWords } from '../data/csv';
import type { Dataset } from '../data/types';
import { filtersOf } from '../state/atlasState';
import { datasetWords } from '../i18n/words';
import type { AtlasMapHandle } from '../map/AtlasMap';
import { saveBlob, exportStem } from './download';
import { viewPicture } from './slides/viewPicture';
import type { AtlasSession } from './useAtlasSession';

/** Download PNG, Download CSV and Copy link, all of the selection on screen. */
export function useExports(session: AtlasSession, mapRef: RefObject<AtlasMapHandle | null>) {
  const { store, dataset, currentSelection, universe, notify } = session;

  const downloadCsv = useCallback(() => {
    const selection = currentSelection();
    if (!dataset || !selection) return;
    const state = store.getState();
    const words = datasetWords(dataset, state.lang);
    // Comparing, the file holds both periods' activities and says which each belongs to.
    const csv = state.compare
      ? csvOfPeriods(comparePeriods(dataset, filtersOf(state), state.compare), dataset, words)
      : toCsv(selection.activities, dataset, words);
    // A BOM lets spreadsheet programs read the Korean text as UTF-8.
    saveBlob(
      new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }),
      `${exportStem(selection.range.from, selection.range.to)}.csv`,
    );
  }, [dataset, currentSelection, store]);

  const copyLink = useCallback(() => {
    const href = window.location.href;
    const done = (ok: boolean) => notify({ kind: 'copied', ok });
    // Missing outside secure contexts, whatever the DOM types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      done(false);
      return;
    }
    clipboard.writeText(href).then(
      () => done(true),
      () => done(false),
    );
  }, [notify]);

  const downloadPng = useCallback(() => {
    const selection = currentSelection();
    if (!dataset || !selection) return;
    const input = {
      dataset,
      selection,
      maxCount: universe?.partners[0]?.count ?? 0,
      state: store.getState(),
      map: mapRef.current,
    };
    viewPicture(input).then(
      (blob) => saveBlob(blob, `${exportStem(selection.range.from, selection.range.to)}.png`),
      () => notify({ kind: 'export-failed' }),
    );
  }, [dataset, currentSelection, universe, store, mapRef, notify]);

  return { downloadCsv, copyLink, downloadPng };
}

function csvOfPeriods(c: Comparison, dataset: Dataset, words: CsvWords): string {
  const { activities, periodOf } = activitiesOfPeriods(c);
  return toCsv(activities, dataset, words, periodOf);
}
