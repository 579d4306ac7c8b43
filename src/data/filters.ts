import type { ActivityStatus, ActivityType } from './types';

/**
 * What the user filters by. `null` means "no filter on this dimension" (every sector, every region,
 * every type and status, the dataset's whole year span).
 */
export interface Filters {
  /** First year shown, inclusive; null = the dataset's first year. */
  readonly from: number | null;
  /** Last year shown, inclusive; null = the dataset's last year. */
  readonly to: number | null;
  /** Sector ids kept; null = all sectors. */
  readonly sectors: readonly string[] | null;
  /** Region ids (kebab-case UN M49 sub-region names) kept; null = all regions. */
  readonly regions: readonly string[] | null;
  /** Activity types kept; null = all types. */
  readonly types: readonly ActivityType[] | null;
  /** Statuses kept (`done`, `planned`); null = both. */
  readonly status: readonly ActivityStatus[] | null;
  /**
   * An organisation name (as an activity's `actors` lists it) that kept activities must name, on
   * either side; null = no actor filter. Set by `Find`.
   */
  readonly actor: string | null;
}

export const NO_FILTERS: Filters = {
  from: null,
  to: null,
  sectors: null,
  regions: null,
  types: null,
  status: null,
  actor: null,
};
