import type { Activity, ActivityStatus, ActivityType, Iso3 } from './types';

/** A partner country in the current selection. */
export interface PartnerStat {
  readonly iso3: Iso3;
  /** Activities in the selection that reach this country, directly or via a group. */
  readonly count: number;
  /** Of those, activities that name the country itself. */
  readonly direct: number;
  /** Group ids through which the country is reached (empty when only direct). */
  readonly viaGroups: readonly string[];
  readonly regionId: string;
}

export interface YearBin {
  readonly year: number;
  /** Activities active that year, all filters applied except the year range. */
  readonly total: number;
  /** Same, split by sector id (an activity with two sectors counts in both). */
  readonly bySector: Readonly<Record<string, number>>;
  /** Of `total`, activities with status `planned` (absent in hand-made bins = 0). */
  readonly planned?: number;
  /** Whether the year is inside the current range. */
  readonly inRange: boolean;
}

export interface SectorStat {
  readonly id: string;
  /** Activities with this sector, all filters applied except the sector filter. */
  readonly count: number;
  /** Whether the sector passes the current sector filter. */
  readonly active: boolean;
}

/** An activity type present in the dataset. */
export interface TypeStat {
  readonly id: ActivityType;
  /** Activities of this type, all filters applied except the type filter. */
  readonly count: number;
  /** Whether the type passes the current type filter. */
  readonly active: boolean;
}

export interface StatusStat {
  readonly id: ActivityStatus;
  /** Activities with this status, all filters applied except the status filter. */
  readonly count: number;
  readonly active: boolean;
}

export interface RegionStat {
  readonly id: string;
  /** English name of the UN M49 sub-region. */
  readonly name: string;
  /** Activities reaching the region, all filters applied except the region filter. */
  readonly count: number;
  /** Partner countries of the region in that same selection. */
  readonly countries: number;
  readonly active: boolean;
}

/** Everything every view needs, computed once per (dataset, filters). */
export interface Selection {
  /** Filtered activities, oldest first. */
  readonly activities: readonly Activity[];
  /** Dataset year span, for the slider domain. */
  readonly yearSpan: { readonly min: number; readonly max: number };
  /** Effective year range after clamping the filters to the span. */
  readonly range: { readonly from: number; readonly to: number };
  /** Partner countries, most activities first, then by English name. */
  readonly partners: readonly PartnerStat[];
  /** Activities of the selection that reach each partner country, oldest first. */
  readonly activitiesByCountry: ReadonlyMap<Iso3, readonly Activity[]>;
  readonly perYear: readonly YearBin[];
  readonly perSector: readonly SectorStat[];
  readonly perRegion: readonly RegionStat[];
  /** Types present in the dataset, in `ACTIVITY_TYPES` order. */
  readonly perType: readonly TypeStat[];
  /** Both statuses, `done` first. */
  readonly perStatus: readonly StatusStat[];
  readonly totals: {
    readonly activities: number;
    readonly partnerCountries: number;
    readonly sources: number;
  };
}
