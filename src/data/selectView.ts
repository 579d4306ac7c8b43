import { indexDataset, type DatasetIndex } from './datasetIndex';
import type { Filters } from './filters';
import { sameFilters } from './sameFilters';
import type {
  PartnerStat,
  RegionStat,
  SectorStat,
  Selection,
  StatusStat,
  TypeStat,
  YearBin,
} from './selection';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, type Activity, type Dataset, type Iso3 } from './types';

interface Range {
  readonly from: number;
  readonly to: number;
}

function finiteYear(y: number | null): number | null {
  return y === null || !Number.isFinite(y) ? null : Math.trunc(y);
}

/** The filters' year range, ends swapped if reversed, clamped to the span; null ends take the span's. */
function clampRange(filters: Filters, span: Range): Range {
  let from = finiteYear(filters.from) ?? span.from;
  let to = finiteYear(filters.to) ?? span.to;
  if (from > to) [from, to] = [to, from];
  const clamp = (y: number): number => Math.min(span.to, Math.max(span.from, y));
  return { from: clamp(from), to: clamp(to) };
}

/** Which of `ids` the filter keeps; null when there is no filter. */
function keepMask(
  ids: readonly string[],
  kept: readonly string[] | null,
): readonly boolean[] | null {
  if (kept === null) return null;
  const set = new Set(kept);
  return ids.map((id) => set.has(id));
}

function bump(counts: Int32Array, i: number): void {
  counts[i] = (counts[i] ?? 0) + 1;
}

function anyKept(indices: readonly number[], mask: readonly boolean[] | null): boolean {
  if (mask === null) return true;
  for (let k = 0; k < indices.length; k++) if (mask[indices[k] ?? -1] === true) return true;
  return false;
}

/** Whether the activity names `actor` on either side; true when there is no actor filter. */
function namesActor(a: Activity, actor: string | null): boolean {
  return actor === null || a.actors.korea.includes(actor) || a.actors.partner.includes(actor);
}

function compute(dataset: Dataset, index: DatasetIndex, filters: Filters): Selection {
  const { countries, regions } = index;
  const span = index.yearSpan ?? { min: 0, max: 0 };
  const range = clampRange(filters, { from: span.min, to: span.max });
  const sectorIds = dataset.sectors.map((s) => s.id);
  const sectorMask = keepMask(sectorIds, filters.sectors);
  const regionMask = keepMask(
    regions.map((r) => r.id),
    filters.regions,
  );
  const typeMask = keepMask(ACTIVITY_TYPES, filters.types);
  const statusMask = keepMask(ACTIVITY_STATUSES, filters.status);
  const years = index.yearSpan ? span.max - span.min + 1 : 0;
  const nSectors = sectorIds.length;
  const nGroups = dataset.groups.length;

  const yearTotals = new Int32Array(years);
  const yearPlanned = new Int32Array(years);
  const typeCounts = new Int32Array(ACTIVITY_TYPES.length);
  const statusCounts = new Int32Array(ACTIVITY_STATUSES.length);
  const yearBySector = new Int32Array(years * nSectors);
  const sectorCounts = new Int32Array(nSectors);
  const regionCounts = new Int32Array(regions.length);
  const regionCountries = new Int32Array(regions.length);
  const countrySeenForRegion = new Uint8Array(countries.length);
  const partnerCount = new Int32Array(countries.length);
  const partnerDirect = new Int32Array(countries.length);
  const partnerVia = new Uint8Array(countries.length * nGroups);
  const byCountry: (Activity[] | undefined)[] = new Array<Activity[] | undefined>(countries.length);
  const sourceSeen = new Uint8Array(dataset.sources.length);
  const countryRegion = Int32Array.from(countries, (c) => c.region);
  const selected: Activity[] = [];
  let sources = 0;

  for (let i = 0; i < index.activities.length; i++) {
    const a = index.activities[i];
    if (!a) continue;
    const sectorOk = anyKept(a.sectors, sectorMask);
    const regionOk = anyKept(a.regions, regionMask);
    const yearOk = a.start <= range.to && a.end >= range.from;
    const typeOk = typeMask === null || typeMask[a.type] === true;
    const statusOk = statusMask === null || statusMask[a.planned ? 1 : 0] === true;
    const actorOk = namesActor(a.activity, filters.actor);
    const { sectors, regions: activityRegions, links } = a;
    const placeOk = yearOk && sectorOk && regionOk && actorOk;
    if (placeOk && statusOk) bump(typeCounts, a.type);
    if (placeOk && typeOk) bump(statusCounts, a.planned ? 1 : 0);
    if (!(typeOk && statusOk && actorOk)) continue;
    // Indexed loops rather than for…of: they stay fast before the JIT has optimised this code.
    if (sectorOk && regionOk) {
      for (let y = a.start - span.min; y <= a.end - span.min; y++) {
        bump(yearTotals, y);
        if (a.planned) bump(yearPlanned, y);
        for (let k = 0; k < sectors.length; k++) {
          const s = sectors[k] ?? 0;
          if (sectorMask === null || sectorMask[s]) bump(yearBySector, y * nSectors + s);
        }
      }
    }
    if (yearOk && regionOk)
      for (let k = 0; k < sectors.length; k++) bump(sectorCounts, sectors[k] ?? 0);
    if (yearOk && sectorOk) {
      for (let k = 0; k < activityRegions.length; k++) bump(regionCounts, activityRegions[k] ?? 0);
      for (let k = 0; k < links.length; k++) {
        const c = links[k]?.country ?? 0;
        if (countrySeenForRegion[c]) continue;
        countrySeenForRegion[c] = 1;
        bump(regionCountries, countryRegion[c] ?? 0);
      }
    }
    if (!(yearOk && sectorOk && regionOk)) continue;
    selected.push(a.activity);
    if (a.source >= 0 && !sourceSeen[a.source]) {
      sourceSeen[a.source] = 1;
      sources++;
    }
    for (let k = 0; k < links.length; k++) {
      const link = links[k];
      if (!link) continue;
      const c = link.country;
      if (regionMask !== null && !regionMask[countryRegion[c] ?? 0]) continue;
      bump(partnerCount, c);
      if (link.direct) bump(partnerDirect, c);
      for (let v = 0; v < link.via.length; v++) partnerVia[c * nGroups + (link.via[v] ?? 0)] = 1;
      (byCountry[c] ??= []).push(a.activity);
    }
  }

  const partnerIndices: number[] = [];
  for (let c = 0; c < countries.length; c++) if (partnerCount[c]) partnerIndices.push(c);
  partnerIndices.sort(
    (a, b) =>
      (partnerCount[b] ?? 0) - (partnerCount[a] ?? 0) ||
      (countries[a]?.nameRank ?? 0) - (countries[b]?.nameRank ?? 0),
  );
  const partners: PartnerStat[] = [];
  const activitiesByCountry = new Map<Iso3, readonly Activity[]>();
  for (const c of partnerIndices) {
    const country = countries[c];
    if (!country) continue;
    partners.push({
      iso3: country.iso3,
      count: partnerCount[c] ?? 0,
      direct: partnerDirect[c] ?? 0,
      viaGroups: dataset.groups.flatMap((g, gi) => (partnerVia[c * nGroups + gi] ? [g.id] : [])),
      regionId: regions[country.region]?.id ?? '',
    });
    activitiesByCountry.set(country.iso3, byCountry[c] ?? []);
  }

  const perYear: YearBin[] = Array.from({ length: years }, (_, y) => {
    const bySector: Record<string, number> = {};
    sectorIds.forEach((id, s) => (bySector[id] = yearBySector[y * nSectors + s] ?? 0));
    const year = span.min + y;
    return {
      year,
      total: yearTotals[y] ?? 0,
      planned: yearPlanned[y] ?? 0,
      bySector,
      inRange: year >= range.from && year <= range.to,
    };
  });
  const perSector: SectorStat[] = sectorIds.map((id, s) => ({
    id,
    count: sectorCounts[s] ?? 0,
    active: sectorMask === null || sectorMask[s] === true,
  }));
  const perRegion: RegionStat[] = regions.map((r, i) => ({
    id: r.id,
    name: r.name,
    count: regionCounts[i] ?? 0,
    countries: regionCountries[i] ?? 0,
    active: regionMask === null || regionMask[i] === true,
  }));

  const perType: TypeStat[] = index.types.map((id) => {
    const i = ACTIVITY_TYPES.indexOf(id);
    return { id, count: typeCounts[i] ?? 0, active: typeMask === null || typeMask[i] === true };
  });
  const perStatus: StatusStat[] = ACTIVITY_STATUSES.map((id, i) => ({
    id,
    count: statusCounts[i] ?? 0,
    active: statusMask === null || statusMask[i] === true,
  }));

  return {
    activities: selected,
    yearSpan: { min: span.min, max: span.max },
    range,
    partners,
    activitiesByCountry,
    perYear,
    perSector,
    perRegion,
    perType,
    perStatus,
    totals: { activities: selected.length, partnerCountries: partners.length, sources },
  };
}

interface MemoEntry {
  readonly filters: Filters;
  readonly selection: Selection;
}

/** How many recent (filters → selection) pairs are kept per dataset. */
const MEMO_SIZE = 4;

const memo = new WeakMap<Dataset, MemoEntry[]>();

/**
 * Applies the filters to the dataset and computes every view's data (SPEC §1): the only place
 * filter rules live. Returns the same object again for the same dataset and equal filter values
 * (the last few are remembered, so a view of the unfiltered data does not evict the current one),
 * so views can compare by identity.
 *
 * Cross-filtering: `perYear` ignores the year range, `perSector` the sector filter,
 * `perRegion` the region filter, `perType` the type filter and `perStatus` the status filter, each
 * applying all the others. `perYear[].bySector` counts only
 * sectors the sector filter keeps. With a region filter, `partners` lists only countries in kept
 * regions, while activity totals count every selected activity.
 */
export function selectView(dataset: Dataset, filters: Filters): Selection {
  let entries = memo.get(dataset);
  if (!entries) {
    entries = [];
    memo.set(dataset, entries);
  }
  const hit = entries.findIndex((e) => sameFilters(e.filters, filters));
  const entry = hit >= 0 ? entries.splice(hit, 1)[0] : undefined;
  const selection = entry?.selection ?? compute(dataset, indexDataset(dataset), filters);
  entries.unshift(entry ?? { filters, selection });
  entries.length = Math.min(entries.length, MEMO_SIZE);
  return selection;
}
