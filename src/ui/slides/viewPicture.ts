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
import { compareSentence } from '../compare/compareSentence';
import { summarySentence } from '../summaryText';
import { filterLines, sourceLines, viewComparison } from './viewWords';

/** What a picture of the view is drawn from: the selection on screen and the map that shows it. */
export interface ViewPictureInput {
  readonly dataset: Dataset;
  readonly selection: Selection;
  /** The most activities any partner has in the whole dataset (the legend's top step). */
  readonly maxCount: number;
  readonly state: AtlasState;
  readonly map: AtlasMapHandle | null;
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
  const comparison = viewComparison(dataset, s);
  drawSlide(
    ctx,
    {
      title: w.text(dataset.title),
      subline: `${w.years(selection.range.from, selection.range.to)} · ${w.activities(selection.totals.activities)} · ${w.partnerCountries(selection.totals.partnerCountries)}`,
      // While comparing, the sentence that explains the map's colours.
      summary: comparison
        ? compareSentence(comparison, dataset, s.lang)
        : summarySentence(selection, t, s.lang),
      ...slideLegend({ ...input, lang: s.lang, comparison }, colors),
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
