/**
 * What the user filters by. `null` means "no filter on this dimension" (every sector, every region,
 * the dataset's whole year span).
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
}

export const NO_FILTERS: Filters = { from: null, to: null, sectors: null, regions: null };
