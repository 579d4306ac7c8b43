import { COUNTRIES } from './countries';
import { yearOf } from './dates';
import { OTHER_REGION, regionOf, type Region } from './regions';
import { ACTIVITY_TYPES, type Activity, type ActivityType, type Dataset, type Iso3 } from './types';

/** A partner country an activity reaches. */
export interface Link {
  /** Index into `DatasetIndex.countries`. */
  readonly country: number;
  /** Whether the activity names the country itself. */
  readonly direct: boolean;
  /** Indices into `Dataset.groups` of the groups through which it reaches the country. */
  readonly via: readonly number[];
}

/** An activity with what filtering needs precomputed. */
export interface IndexedActivity {
  readonly activity: Activity;
  readonly start: number;
  /** Last year it is active: `year(end ?? date)`. */
  readonly end: number;
  /** Indices into `Dataset.sectors`, without duplicates. */
  readonly sectors: readonly number[];
  /** Partner countries after expanding groups, home country excluded, without duplicates. */
  readonly links: readonly Link[];
  /** Indices into `DatasetIndex.regions` of those countries, without duplicates. */
  readonly regions: readonly number[];
  /** Index into `Dataset.sources`; -1 when unknown. */
  readonly source: number;
  /** Index into `ACTIVITY_TYPES`. */
  readonly type: number;
  readonly planned: boolean;
}

export interface IndexedCountry {
  readonly iso3: Iso3;
  /** Index into `DatasetIndex.regions`. */
  readonly region: number;
  /** Position in English alphabetical order among the dataset's partner countries. */
  readonly nameRank: number;
}

/** Per-dataset lookup tables, built once by `indexDataset`. */
export interface DatasetIndex {
  /** Activities oldest first (by date string, then id). */
  readonly activities: readonly IndexedActivity[];
  /** Every partner country of the dataset. */
  readonly countries: readonly IndexedCountry[];
  /** Regions present in the data, by English name, `other` last. */
  readonly regions: readonly Region[];
  /** First and last year any activity is active; null when there are no activities. */
  readonly yearSpan: { readonly min: number; readonly max: number } | null;
  /** Activity types that occur in the dataset, in `ACTIVITY_TYPES` order. */
  readonly types: readonly ActivityType[];
}

const cache = new WeakMap<Dataset, DatasetIndex>();
const byName = new Intl.Collator('en');

function nameOf(iso3: Iso3): string {
  return COUNTRIES.get(iso3)?.name.en ?? iso3;
}

function byDateThenId(a: Activity, b: Activity): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The activities oldest first: by date string, then id. Datasets often come sorted already. */
function oldestFirst(activities: readonly Activity[]): Activity[] {
  const copy = [...activities];
  for (let i = 1; i < copy.length; i++) {
    const prev = copy[i - 1];
    const next = copy[i];
    if (prev && next && byDateThenId(prev, next) > 0) return copy.sort(byDateThenId);
  }
  return copy;
}

interface MutableLink {
  readonly country: number;
  direct: boolean;
  via: readonly number[];
}

const NO_GROUPS: readonly number[] = [];

/** Adds `country` to `links`, directly (`group` -1) or via a group, merging repeats. */
function reach(links: MutableLink[], country: number, group: number): void {
  for (const link of links) {
    if (link.country !== country) continue;
    if (group < 0) link.direct = true;
    else if (!link.via.includes(group)) link.via = [...link.via, group];
    return;
  }
  links.push({ country, direct: group < 0, via: group < 0 ? NO_GROUPS : [group] });
}

function addUnique(list: number[], value: number): void {
  if (!list.includes(value)) list.push(value);
}

function build(dataset: Dataset): DatasetIndex {
  const groupIndex = new Map(dataset.groups.map((g, i) => [g.id, i]));
  const sectorIndex = new Map(dataset.sectors.map((s, i) => [s.id, i]));
  const sourceIndex = new Map(dataset.sources.map((s, i) => [s.id, i]));

  const isoList: Iso3[] = [];
  const countryIndex = new Map<Iso3, number>();
  const countryOf = (iso3: Iso3): number => {
    let i = countryIndex.get(iso3);
    if (i === undefined) {
      i = isoList.push(iso3) - 1;
      countryIndex.set(iso3, i);
    }
    return i;
  };
  const groupMembers = new Map<number, readonly number[]>();
  const membersOf = (g: number): readonly number[] => {
    let members = groupMembers.get(g);
    if (!members) {
      members = (dataset.groups[g]?.members ?? []).filter((m) => m !== dataset.home).map(countryOf);
      groupMembers.set(g, members);
    }
    return members;
  };

  const sorted = oldestFirst(dataset.activities);
  const allLinks = sorted.map((a) => {
    const links: MutableLink[] = [];
    for (const p of a.partners) {
      const g = groupIndex.get(p);
      if (g !== undefined) for (const m of membersOf(g)) reach(links, m, g);
      else if (p !== dataset.home) reach(links, countryOf(p), -1);
    }
    return links;
  });

  const regionOfCountry = isoList.map(regionOf);
  const regions = [...new Map(regionOfCountry.map((r) => [r.id, r])).values()].sort(
    (a, b) =>
      Number(a.id === OTHER_REGION.id) - Number(b.id === OTHER_REGION.id) ||
      byName.compare(a.name, b.name),
  );
  const regionIndex = new Map(regions.map((r, i) => [r.id, i]));
  const rank = new Map(
    [...isoList].sort((a, b) => byName.compare(nameOf(a), nameOf(b))).map((iso3, i) => [iso3, i]),
  );
  const countries: IndexedCountry[] = isoList.map((iso3, i) => ({
    iso3,
    region: regionIndex.get(regionOfCountry[i]?.id ?? '') ?? 0,
    nameRank: rank.get(iso3) ?? 0,
  }));

  let min = Infinity;
  let max = -Infinity;
  const activities = sorted.map((activity, i): IndexedActivity => {
    const start = yearOf(activity.date);
    const end = Math.max(start, yearOf(activity.end ?? activity.date));
    min = Math.min(min, start);
    max = Math.max(max, end);
    const links = allLinks[i] ?? [];
    const sectors: number[] = [];
    for (const id of activity.sectors) {
      const s = sectorIndex.get(id);
      if (s !== undefined) addUnique(sectors, s);
    }
    const activityRegions: number[] = [];
    for (const link of links) addUnique(activityRegions, countries[link.country]?.region ?? 0);
    return {
      activity,
      start,
      end,
      sectors,
      links,
      regions: activityRegions,
      source: sourceIndex.get(activity.source) ?? -1,
      type: ACTIVITY_TYPES.indexOf(activity.type),
      planned: activity.status === 'planned',
    };
  });
  const yearSpan = activities.length > 0 ? { min, max } : null;
  const present = new Set(dataset.activities.map((a) => a.type));
  const types = ACTIVITY_TYPES.filter((t) => present.has(t));
  return { activities, countries, regions, yearSpan, types };
}

/** The dataset's lookup tables, built on first use and kept as long as the dataset lives. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = build(dataset);
    cache.set(dataset, index);
  }
  return index;
}
