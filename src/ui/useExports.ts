import { useCallback, type RefObject } from 'react';
import { toCsv } from '../data/csv';
import { uiStrings } from '../i18n/uiStrings';
import { datasetWords } from '../i18n/words';
import type { AtlasMapHandle } from '../map/AtlasMap';
import { slideLegend } from '../map/slideLegend';
import { saveBlob, exportStem } from './download';
import { drawSlide, SLIDE, SLIDE_MAP_BOX } from './exportSlide';
import { summarySentence } from './summaryText';
import type { AtlasSession } from './useAtlasSession';

/** Download PNG, Download CSV and Copy link, all of the selection on screen. */
export function useExports(session: AtlasSession, mapRef: RefObject<AtlasMapHandle | null>) {
  const { store, dataset, selection, universe, notify } = session;

  const downloadCsv = useCallback(() => {
    if (!dataset || !selection) return;
    const { lang } = store.getState();
    const csv = toCsv(selection.activities, dataset, datasetWords(dataset, lang));
    // A BOM lets spreadsheet programs read the Korean text as UTF-8.
    saveBlob(
      new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }),
      `${exportStem(selection.range.from, selection.range.to)}.csv`,
    );
  }, [dataset, selection, store]);

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
    if (!dataset || !selection) return;
    const s = store.getState();
    const t = uiStrings[s.lang];
    const lang = s.lang;
    const w = datasetWords(dataset, lang);
    const sectorNames =
      s.sectors === null
        ? [t.allSectors]
        : dataset.sectors.filter((x) => s.sectors?.includes(x.id)).map((x) => w.text(x.label));
    const regionNames =
      s.regions === null
        ? [t.allRegions]
        : selection.perRegion
            .filter((r) => s.regions?.includes(r.id))
            .map((r) => w.region(r.id, r.name));
    const sourceIds = new Set(selection.activities.map((a) => a.source));
    const make = async () => {
      const mapCanvas =
        (await mapRef.current?.snapshot({ width: SLIDE_MAP_BOX.w, height: SLIDE_MAP_BOX.h })) ??
        null;
      const canvas = document.createElement('canvas');
      canvas.width = SLIDE.width;
      canvas.height = SLIDE.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      drawSlide(ctx, {
        title: w.text(dataset.title),
        subline: `${selection.range.from}–${selection.range.to} · ${w.activities(selection.totals.activities)} · ${w.partnerCountries(selection.totals.partnerCountries)}`,
        summary: summarySentence(selection, t, lang),
        ...slideLegend(selection, dataset, universe?.partners[0]?.count ?? 0, lang),
        filtersLabel: t.pngFilters,
        filters: [
          `${t.timeline}: ${selection.range.from}–${selection.range.to}`,
          `${t.sectors}: ${sectorNames.join(', ')}`,
          `${t.regions}: ${regionNames.join(', ')}`,
          ...(s.country ? [w.country(s.country)] : []),
        ],
        sourcesLabel: t.pngSources,
        sources: dataset.sources
          .filter((x) => sourceIds.has(x.id))
          .map((x) => `${x.publisher}, ${x.published}, “${x.title}”`),
        map: mapCanvas,
        mapSize: mapCanvas ? { width: mapCanvas.width, height: mapCanvas.height } : null,
      });
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('toBlob failed');
      saveBlob(blob, `${exportStem(selection.range.from, selection.range.to)}.png`);
    };
    make().catch(() => notify({ kind: 'export-failed' }));
  }, [dataset, selection, universe, store, mapRef, notify]);

  return { downloadCsv, copyLink, downloadPng };
}
