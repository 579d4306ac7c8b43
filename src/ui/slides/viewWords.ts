import { comparePeriods, type Comparison } from '../../data/compare';
import type { Selection } from '../../data/selection';
import type { Dataset } from '../../data/types';
import { analystStrings } from '../../i18n/analystStrings';
import { uiStrings } from '../../i18n/uiStrings';
import { datasetWords } from '../../i18n/words';
import { filtersOf, type AtlasState } from '../../state/atlasState';

/** The view a slide, a PNG or the print page describes: the dataset, its selection, the state. */
export interface ViewInWords {
  readonly dataset: Dataset;
  readonly selection: Selection;
  readonly state: AtlasState;
}

/** The comparison the view shows, or null when `Compare periods` is off. */
export function viewComparison(dataset: Dataset, state: AtlasState): Comparison | null {
  return state.compare ? comparePeriods(dataset, filtersOf(state), state.compare) : null;
}

/**
 * The filters in words, one line each, as the slide and the print page list them: years,
 * sectors and regions always; activity types, status, organisation, compared period and the open
 * country when chosen, so a picture never claims less filtering than its map shows.
 */
export function filterLines({ dataset, selection, state: s }: ViewInWords): string[] {
  const t = uiStrings[s.lang];
  const a = analystStrings[s.lang];
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
  const { range } = selection;
  return [
    `${t.timeline}: ${w.years(range.from, range.to)}`,
    `${t.sectors}: ${sectorNames.join(', ')}`,
    `${t.regions}: ${regionNames.join(', ')}`,
    ...(s.types ? [`${a.activityTypes}: ${w.list(s.types.map(w.activityType))}`] : []),
    ...(s.status ? [`${a.status}: ${w.list(s.status.map(w.status))}`] : []),
    ...(s.actor ? [`${a.actorFilter}: ${s.actor}`] : []),
    ...(s.compare
      ? [
          `${a.comparePeriods}: ${w.years(s.compare.from, s.compare.to)} → ${w.years(range.from, range.to)}`,
        ]
      : []),
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
