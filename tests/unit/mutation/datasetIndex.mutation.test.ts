import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  indexDataset,
  indexDatasetInSteps,
  oldestFirstOrder,
  type DatasetIndex,
  type IndexedActivity,
  type StepOptions,
} from '../../../src/data/datasetIndex';
import { makeSyntheticDataset } from '../../../src/data/synthetic';
import type { Dataset } from '../../../src/data/types';
import { validateDataset } from '../../../src/data/validate';

/*
 * The dataset index every view reads, on small hand-written datasets: the order of the
 * activities, the partner countries each reaches (directly or through which groups), their
 * sectors and regions, the dataset's regions, and how a stepped build pauses and tells progress.
 */

const GROUPS = [
  { id: 'C5', name: { en: 'Central Asia Five' }, members: ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'] },
  {
    id: 'OTS',
    name: { en: 'Organization of Turkic States' },
    members: ['TUR', 'AZE', 'KAZ', 'KGZ', 'UZB'],
  },
  { id: 'MIKTA', name: { en: 'MIKTA' }, members: ['MEX', 'IDN', 'KOR', 'TUR', 'AUS'] },
];

const SECTORS = [
  { id: 'health-security', label: { en: 'Health security' } },
  { id: 'digital-health', label: { en: 'Digital health' } },
];

interface Entry {
  readonly id: string;
  readonly date: string;
  readonly partners?: readonly string[];
  readonly sectors?: readonly string[];
}

/** A valid dataset of Korea's with these activities (meetings citing one press release). */
function atlas(entries: readonly Entry[]): Dataset {
  const result = validateDataset({
    schemaVersion: 1,
    title: { en: 'Test atlas' },
    home: 'KOR',
    sectors: SECTORS,
    groups: GROUPS,
    sources: [
      { id: 'press', title: 'Press release', publisher: 'Ministry', published: '2019-01-01' },
    ],
    activities: entries.map((e) => ({
      id: e.id,
      title: { en: e.id },
      type: 'meeting',
      date: e.date,
      partners: e.partners ?? ['KAZ'],
      sectors: e.sectors ?? ['health-security'],
      actors: { korea: [], partner: [] },
      source: 'press',
      quote: 'They met.',
    })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const idsOf = (index: DatasetIndex): string[] => index.activities.map((a) => a.activity.id);

function only(d: Dataset): { index: DatasetIndex; activity: IndexedActivity } {
  const index = indexDataset(d);
  const [activity] = index.activities;
  if (!activity || index.activities.length !== 1) throw new Error('expected one activity');
  return { index, activity };
}

/** The one activity's partner countries by code: whether named directly, and via which groups. */
function reachOf(partners: readonly string[]) {
  const d = atlas([{ id: 'visit', date: '2020', partners }]);
  const { index, activity } = only(d);
  return Object.fromEntries(
    activity.links.map((l) => [
      index.countries[l.country]?.iso3 ?? `#${String(l.country)}`,
      { direct: l.direct, via: l.via.map((g) => d.groups[g]?.id ?? `#${String(g)}`) },
    ]),
  );
}

describe('indexDataset(): activities oldest first', () => {
  it('sorts activities given newest first', () => {
    const d = atlas([
      { id: 'alpha', date: '2021-03' },
      { id: 'bravo', date: '2020' },
      { id: 'charlie', date: '2019-11-02' },
    ]);
    expect(idsOf(indexDataset(d))).toEqual(['charlie', 'bravo', 'alpha']);
  });

  it('sorts activities of the same date by id', () => {
    const d = atlas([
      { id: 'visit-uzb', date: '2020-05' },
      { id: 'visit-kaz', date: '2020-05' },
    ]);
    expect(idsOf(indexDataset(d))).toEqual(['visit-kaz', 'visit-uzb']);
  });
});

describe('indexDataset(): partner countries of an activity', () => {
  it('marks a country named directly and through a group as both, whichever comes first', () => {
    const viaC5 = { direct: false, via: ['C5'] };
    const expected = {
      KAZ: { direct: true, via: ['C5'] },
      UZB: viaC5,
      KGZ: viaC5,
      TJK: viaC5,
      TKM: viaC5,
    };
    expect(reachOf(['KAZ', 'C5'])).toEqual(expected);
    expect(reachOf(['C5', 'KAZ'])).toEqual(expected);
  });

  it('lists every group through which it reaches a country', () => {
    expect(reachOf(['C5', 'OTS'])).toEqual({
      KAZ: { direct: false, via: ['C5', 'OTS'] },
      UZB: { direct: false, via: ['C5', 'OTS'] },
      KGZ: { direct: false, via: ['C5', 'OTS'] },
      TJK: { direct: false, via: ['C5'] },
      TKM: { direct: false, via: ['C5'] },
      TUR: { direct: false, via: ['OTS'] },
      AZE: { direct: false, via: ['OTS'] },
    });
  });

  it('lists a group named twice once, and a country named twice once, through no group', () => {
    const viaOts = { direct: false, via: ['OTS'] };
    expect(reachOf(['OTS', 'OTS'])).toEqual({
      TUR: viaOts,
      AZE: viaOts,
      KAZ: viaOts,
      KGZ: viaOts,
      UZB: viaOts,
    });
    expect(reachOf(['KAZ', 'KAZ'])).toEqual({ KAZ: { direct: true, via: [] } });
  });

  it('leaves the home country out of a group it belongs to', () => {
    const viaMikta = { direct: false, via: ['MIKTA'] };
    expect(reachOf(['MIKTA'])).toEqual({
      MEX: viaMikta,
      IDN: viaMikta,
      TUR: viaMikta,
      AUS: viaMikta,
    });
    const index = indexDataset(atlas([{ id: 'visit', date: '2020', partners: ['MIKTA'] }]));
    expect(index.countries.map((c) => c.iso3).sort()).toEqual(['AUS', 'IDN', 'MEX', 'TUR']);
  });
});

describe('indexDataset(): sectors and regions of an activity', () => {
  it('lists each sector it names once', () => {
    const d = atlas([
      {
        id: 'visit',
        date: '2020',
        sectors: ['digital-health', 'health-security', 'digital-health'],
      },
    ]);
    const { activity } = only(d);
    expect(activity.sectors.map((s) => d.sectors[s]?.id).sort()).toEqual([
      'digital-health',
      'health-security',
    ]);
  });

  it('lists the region of each partner country once', () => {
    const { index, activity } = only(
      atlas([{ id: 'visit', date: '2020', partners: ['VNM', 'KAZ', 'UZB'] }]),
    );
    expect(activity.regions.map((r) => index.regions[r]?.id).sort()).toEqual([
      'central-asia',
      'south-eastern-asia',
    ]);
  });
});

describe('indexDataset(): regions of the dataset', () => {
  it('lists the regions by English name, Other (Taiwan) last', () => {
    const d = atlas([
      { id: 'a', date: '2019', partners: ['VNM', 'TUR'] },
      { id: 'b', date: '2020', partners: ['MEX'] },
      { id: 'c', date: '2021', partners: ['KAZ', 'TWN'] },
    ]);
    expect(indexDataset(d).regions.map((r) => r.name)).toEqual([
      'Central Asia',
      'Latin America and the Caribbean',
      'South-eastern Asia',
      'Western Asia',
      'Other',
    ]);
  });
});

const noPause: StepOptions['pause'] = () => Promise.resolve();

afterEach(() => {
  vi.restoreAllMocks();
});

/** Synthetic activities in an order that is not oldest first. */
function shuffled(n: number): Dataset {
  const d = makeSyntheticDataset(n, 11);
  const odd = d.activities.filter((_, i) => i % 2 === 1);
  const even = d.activities.filter((_, i) => i % 2 === 0).reverse();
  return { ...d, activities: [...odd, ...even] };
}

describe('indexDatasetInSteps()', () => {
  it('gives back the index indexDataset already built, without pausing', async () => {
    const d = atlas([{ id: 'visit', date: '2020' }]);
    const built = indexDataset(d);
    const pause = vi.fn(noPause);
    expect(await indexDatasetInSteps(d, { pause })).toBe(built);
    expect(pause).not.toHaveBeenCalled();
  });

  it('sorts by itself when the order names one activity twice or one that is not there', async () => {
    const d = atlas([
      { id: 'alpha', date: '2019' },
      { id: 'bravo', date: '2020' },
      { id: 'charlie', date: '2021' },
    ]);
    for (const order of [
      [0, 0, 1],
      [0, 1, 3],
    ]) {
      const index = await indexDatasetInSteps(structuredClone(d), { order, pause: noPause });
      expect(idsOf(index), JSON.stringify(order)).toEqual(['alpha', 'bravo', 'charlie']);
    }
  });

  it("with the worker's order, tells progress in each of its three passes, every few hundred activities", async () => {
    let now = 0;
    // Every step looks slow, so the build pauses at each chance it gives itself.
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
    const d = shuffled(1000);
    const told: number[] = [];
    const pause = vi.fn(noPause);
    const index = await indexDatasetInSteps(d, {
      order: oldestFirstOrder(d.activities),
      pause,
      onProgress: (f) => told.push(f),
    });
    expect(index.activities).toHaveLength(1000);
    expect(told.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    // Checking the order (the first fifth), finding partners (to 0.6), the rest (to 1).
    expect(told.some((f) => f < 0.2)).toBe(true);
    expect(told.some((f) => f >= 0.2 && f < 0.6)).toBe(true);
    expect(told.some((f) => f >= 0.6)).toBe(true);
    // Three passes over 1000 activities: a chance to pause every 50 to 500 of them.
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(6);
    expect(pause.mock.calls.length).toBeLessThanOrEqual(60);
  });

  it('pauses only once a slice of 8 ms of building is used up', async () => {
    let now = 0;
    // A clock that moves 1 ms each time the build looks at it.
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const pausedAt: number[] = [];
    const d = shuffled(3000);
    await indexDatasetInSteps(d, {
      order: oldestFirstOrder(d.activities),
      pause: () => {
        pausedAt.push(now);
        return Promise.resolve();
      },
    });
    expect(pausedAt.length).toBeGreaterThanOrEqual(3);
    expect(pausedAt[0]).toBeGreaterThanOrEqual(8);
    const gaps = pausedAt.slice(1).map((t, i) => t - (pausedAt[i] ?? 0));
    // 8 ms of building, plus the look at the clock that starts the next slice.
    expect(
      gaps.every((g) => g >= 8 && g <= 10),
      JSON.stringify(gaps),
    ).toBe(true);
  });
});
