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

/**
 * The positions of the activities oldest first, as `indexDataset` orders them (a stable sort):
 * computed where sorting costs the page nothing (the worker that opened the file) and handed to
 * `indexDatasetInSteps`.
 */
export function oldestFirstOrder(activities: readonly Activity[]): Int32Array {
  const order = Array.from(activities, (_, i) => i);
  order.sort((i, j) => byDateThenId(activities[i] as Activity, activities[j] as Activity));
  return Int32Array.from(order);
}

/** Activities handled between two chances to pause a stepped build. */
const STEP = 250;

/**
 * The activities in `order`, checked as it goes (every position once, oldest first); sorted here
 * when the order is missing or wrong. Yields the share done.
 */
function* inOrder(
  activities: readonly Activity[],
  order: ArrayLike<number> | undefined,
): Generator<number, Activity[]> {
  const n = activities.length;
  if (!order || order.length !== n) return oldestFirst(activities);
  const seen = new Uint8Array(n);
  const out: Activity[] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? -1;
    const a = activities[i];
    const prev = out[k - 1];
    if (!a || seen[i] || (prev && byDateThenId(prev, a) > 0)) return oldestFirst(activities);
    seen[i] = 1;
    out.push(a);
    if (k % STEP === STEP - 1) yield k / n;
  }
  return out;
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

/** Runs `steps`, yielding its shares scaled into `from`–`to`. */
function* within<T>(steps: Generator<number, T>, from: number, to: number): Generator<number, T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    yield from + (to - from) * r.value;
  }
}

/** The partner countries of each activity; `countryOf` numbers the countries as they come. */
function* linksOf(
  dataset: Dataset,
  sorted: readonly Activity[],
  countryOf: (iso3: Iso3) => number,
): Generator<number, MutableLink[][]> {
  const groupIndex = new Map(dataset.groups.map((g, i) => [g.id, i]));
  const groupMembers = new Map<number, readonly number[]>();
  const membersOf = (g: number): readonly number[] => {
    let members = groupMembers.get(g);
    if (!members) {
      members = (dataset.groups[g]?.members ?? []).filter((m) => m !== dataset.home).map(countryOf);
      groupMembers.set(g, members);
    }
    return members;
  };
  const all: MutableLink[][] = [];
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k] as Activity;
    const links: MutableLink[] = [];
    for (const p of a.partners) {
      const g = groupIndex.get(p);
      if (g !== undefined) for (const m of membersOf(g)) reach(links, m, g);
      else if (p !== dataset.home) reach(links, countryOf(p), -1);
    }
    all.push(links);
    if (k % STEP === STEP - 1) yield k / sorted.length;
  }
  return all;
}

/** The dataset's partner countries (numbered as `isoList`) and their regions. */
function countryTables(isoList: readonly Iso3[]): Pick<DatasetIndex, 'countries' | 'regions'> {
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
  return { countries, regions };
}

/**
 * Builds the index in steps, yielding the share done (0–1) every few hundred activities, so a
 * caller can pause between them (`indexDatasetInSteps`) or not (`indexDataset`): one code path.
 */
function* build(dataset: Dataset, order?: ArrayLike<number>): Generator<number, DatasetIndex> {
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

  const sorted = yield* within(inOrder(dataset.activities, order), 0, 0.2);
  const allLinks = yield* within(linksOf(dataset, sorted, countryOf), 0.2, 0.6);
  const { countries, regions } = countryTables(isoList);

  let min = Infinity;
  let max = -Infinity;
  const present = new Set<string>();
  const activities: IndexedActivity[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const activity = sorted[i] as Activity;
    const start = yearOf(activity.date);
    const end = Math.max(start, yearOf(activity.end ?? activity.date));
    min = Math.min(min, start);
    max = Math.max(max, end);
    present.add(activity.type);
    const links = allLinks[i] ?? [];
    const sectors: number[] = [];
    for (const id of activity.sectors) {
      const s = sectorIndex.get(id);
      if (s !== undefined) addUnique(sectors, s);
    }
    const activityRegions: number[] = [];
    for (const link of links) addUnique(activityRegions, countries[link.country]?.region ?? 0);
    activities.push({
      activity,
      start,
      end,
      sectors,
      links,
      regions: activityRegions,
      source: sourceIndex.get(activity.source) ?? -1,
      type: ACTIVITY_TYPES.indexOf(activity.type),
      planned: activity.status === 'planned',
    });
    if (i % STEP === STEP - 1) yield 0.6 + (0.4 * i) / sorted.length;
  }
  const yearSpan = activities.length > 0 ? { min, max } : null;
  const types = ACTIVITY_TYPES.filter((t) => present.has(t));
  return { activities, countries, regions, yearSpan, types };
}

/** The dataset's lookup tables, built on first use and kept as long as the dataset lives. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = cache.get(dataset);
  if (!index) {
    const steps = build(dataset);
    let r = steps.next();
    while (!r.done) r = steps.next();
    index = r.value;
    cache.set(dataset, index);
  }
  return index;
}

/** How to build an index in steps. */
export interface StepOptions {
  /** The activities' positions oldest first (`oldestFirstOrder`); checked, sorted here if wrong. */
  readonly order?: ArrayLike<number>;
  /** Stops the build: the promise rejects with the signal's reason at the next pause. */
  readonly signal?: AbortSignal;
  /** Told the share done (0–1) at each pause. */
  readonly onProgress?: (fraction: number) => void;
  /** Gives the event loop a turn; resolves when the build may go on. */
  readonly pause: () => Promise<void>;
}

/** Longest stretch of building between two pauses, in ms: well inside a 50 ms long task. */
const SLICE_MS = 8;

/**
 * `indexDataset`, built in slices of a few ms with `pause` between them, so a large dataset costs
 * the page no long task; the result is the one `indexDataset` returns from then on.
 */
export async function indexDatasetInSteps(
  dataset: Dataset,
  options: StepOptions,
): Promise<DatasetIndex> {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const steps = build(dataset, options.order);
  let until = performance.now() + SLICE_MS;
  for (;;) {
    const r = steps.next();
    if (r.done) {
      cache.set(dataset, r.value);
      return r.value;
    }
    if (performance.now() < until) continue;
    options.onProgress?.(r.value);
    await options.pause();
    options.signal?.throwIfAborted();
    until = performance.now() + SLICE_MS;
  }
}
