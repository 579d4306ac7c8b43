import type { Selection } from '../../data/selection';
import type { Dataset } from '../../data/types';
import { briefingStrings, type BriefingStrings } from '../../i18n/briefingStrings';
import { datasetWords } from '../../i18n/words';
import type { AtlasState } from '../../state/atlasState';
import { toSearch, urlStateOf } from '../../state/url';

/**
 * URL parameters that belong to the screen, not to a scene: opening a scene keeps the visitor's
 * own theme and embedding.
 */
/** Sectors named one by one in a default title; more are counted. */
const MAX_NAMED = 3;

const SCREEN_PARAMS = ['theme', 'embed'] as const;

/** The scene's view of a state: the app's own query string, less the screen's parameters. */
export function viewOf(s: AtlasState): string {
  const params = new URLSearchParams(toSearch(urlStateOf(s)));
  for (const k of SCREEN_PARAMS) params.delete(k);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** The query string to open for a scene: its view, with the screen's parameters of `s` kept. */
export function searchForScene(view: string, s: AtlasState): string {
  const params = new URLSearchParams(view);
  const screen = new URLSearchParams(toSearch(urlStateOf(s)));
  for (const k of SCREEN_PARAMS) {
    params.delete(k);
    const v = screen.get(k);
    if (v !== null) params.set(k, v);
  }
  return `?${params.toString()}`;
}

/** At most a few sector names; a long choice is said by what it leaves out, or by its size. */
function sectorWords(names: readonly string[], all: number, b: BriefingStrings): string {
  if (names.length <= MAX_NAMED) return b.and(names);
  return b.sectorsOf(names.length, all);
}

/** A sentence describing the view, the default title of a scene saved from it. */
export function describeView(s: AtlasState, dataset: Dataset, selection: Selection): string {
  const b = briefingStrings[s.lang];
  const w = datasetWords(dataset, s.lang);
  const sectors =
    s.sectors === null
      ? null
      : dataset.sectors.filter((x) => s.sectors?.includes(x.id)).map((x) => w.sector(x.id));
  const regions =
    s.regions === null
      ? null
      : selection.perRegion
          .filter((r) => s.regions?.includes(r.id))
          .map((r) => w.region(r.id, r.name));
  const { from, to } = selection.range;
  const country = s.country ? w.country(s.country) : null;
  return b.describe({
    what: sectors && sectors.length > 0 ? sectorWords(sectors, dataset.sectors.length, b) : null,
    where: regions && regions.length > 0 ? b.and(regions) : null,
    years: w.years(from, to),
    country,
  });
}
