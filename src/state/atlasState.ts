import type { Filters } from '../data/filters';
import type { Lang } from '../i18n/lang';

/** Everything the user chose: filters, selection and view. Plain, serialisable values only. */
export interface AtlasState extends Filters {
  /** ISO3 of the country whose details are open. */
  readonly country: string | null;
  readonly lang: Lang;
  readonly presenting: boolean;
  readonly playing: boolean;
}

export const INITIAL_STATE: AtlasState = {
  from: null,
  to: null,
  sectors: null,
  regions: null,
  country: null,
  lang: 'en',
  presenting: false,
  playing: false,
};

/** The filter part of the state, the key of the memoised selection. */
export function filtersOf(s: AtlasState): Filters {
  return { from: s.from, to: s.to, sectors: s.sectors, regions: s.regions };
}
