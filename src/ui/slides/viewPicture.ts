import type { Selection } from '../../data/selection';
import type { Dataset } from '../../data/types';
import { uiStrings } from '../../i18n/uiStrings';
import { datasetWords } from '../../i18n/words';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { slideLegend } from '../../map/slideLegend';
import type { AtlasState } from '../../state/atlasState';
import { themeOnScreen } from '../../theme/themeOnScreen';
import { THEMES } from '../../theme/tokens';
import { drawSlide, SLIDE, SLIDE_MAP_BOX } from '../exportSlide';
import { summarySentence } from '../summaryText';

/** What a picture of the view is drawn from: the selection on screen and the map that shows it. */
export interface ViewPictureInput {
  readonly dataset: Dataset;
  readonly selection: Selection;
  /** The most activities any partner has in the whole dataset (the legend's top step). */
  readonly maxCount: number;
  readonly state: AtlasState;
  readonly map: AtlasMapHandle | null;
}

/** The filters in words, one line each, as the slide and the print page list them. */
export function filterLines(input: Omit<ViewPictureInput, 'map' | 'maxCount'>): string[] {
  const { dataset, selection, state: s } = input;
  const t = uiStrings[s.lang];
  const w = datasetWords(dataset, s.lang);
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
  return [
    `${t.timeline}: ${selection.range.from}–${selection.range.to}`,
    `${t.sectors}: ${sectorNames.join(', ')}`,
    `${t.regions}: ${regionNames.join(', ')}`,
    ...(s.country ? [w.country(s.country)] : []),
  ];
}

/** The sources of the activities in view, as the slide cites them. */
export function sourceLines(dataset: Dataset, selection: Selection): string[] {
  const ids = new Set(selection.activities.map((a) => a.source));
  return dataset.sources
    .filter((x) => ids.has(x.id))
    .map((x) => `${x.publisher}, ${x.published}, “${x.title}”`);
}

/**
 * The view as a 1920×1080 PNG: title, map, legend, filters, summary and sources, in the theme on
 * screen (the map's snapshot is painted in it).
 */
export async function viewPicture(input: ViewPictureInput): Promise<Blob> {
  const { dataset, selection, state: s } = input;
  const t = uiStrings[s.lang];
  const w = datasetWords(dataset, s.lang);
  const mapCanvas =
    (await input.map?.snapshot({ width: SLIDE_MAP_BOX.w, height: SLIDE_MAP_BOX.h })) ?? null;
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const colors = THEMES[themeOnScreen()].colors;
  drawSlide(
    ctx,
    {
      title: w.text(dataset.title),
      subline: `${selection.range.from}–${selection.range.to} · ${w.activities(selection.totals.activities)} · ${w.partnerCountries(selection.totals.partnerCountries)}`,
      summary: summarySentence(selection, t, s.lang),
      ...slideLegend(selection, dataset, input.maxCount, s.lang, colors),
      filtersLabel: t.pngFilters,
      filters: filterLines(input),
      sourcesLabel: t.pngSources,
      sources: sourceLines(dataset, selection),
      map: mapCanvas,
      mapSize: mapCanvas ? { width: mapCanvas.width, height: mapCanvas.height } : null,
    },
    colors,
  );
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('toBlob failed');
  return blob;
}
