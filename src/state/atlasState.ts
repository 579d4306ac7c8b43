import type { Filters } from '../data/filters';
import type { Lang } from '../data/lang';

/** A span of years, both ends inclusive. */
export interface YearPeriod {
  readonly from: number;
  readonly to: number;
}

export type AtlasView = 'map' | 'table';
export type Theme = 'light' | 'dark';

/** Everything the user chose: filters, selection and view. Plain, serialisable values only. */
export interface AtlasState extends Filters {
  /** ISO3 of the country whose details are open. */
  readonly country: string | null;
  readonly lang: Lang;
  readonly presenting: boolean;
  readonly playing: boolean;
  /** Period A of `Compare periods` (the year range is period B); null = not comparing. */
  readonly compare: YearPeriod | null;
  /** Whether the stage shows the map or the `Activities` table. */
  readonly view: AtlasView;
  /** The chosen theme; null = follow `prefers-color-scheme`. */
  readonly theme: Theme | null;
  /** Embedded in another page (`?embed=1`): map, timeline and summary only. */
  readonly embed: boolean;
}

export const INITIAL_STATE: AtlasState = {
  from: null,
  to: null,
  sectors: null,
  regions: null,
  types: null,
  status: null,
  actor: null,
  country: null,
  lang: 'en',
  presenting: false,
  playing: false,
  compare: null,
  view: 'map',
  theme: null,
  embed: false,
};

/** The filter part of the state, the key of the memoised selection. */
export function filtersOf(s: AtlasState): Filters {
  return {
    from: s.from,
    to: s.to,
    sectors: s.sectors,
    regions: s.regions,
    types: s.types,
    status: s.status,
    actor: s.actor,
  };
}
