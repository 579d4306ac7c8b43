import { describe, expect, it } from 'vitest';
import { activitiesOfPeriods, comparePeriods, type Comparison } from '../../../src/data/compare';
import { NO_FILTERS, type Filters } from '../../../src/data/filters';
import type { Activity, Dataset } from '../../../src/data/types';
import { validateDataset } from '../../../src/data/validate';
import fixture from '../../fixtures/analysts-fixture.json';

/** A fresh dataset from the analysts' fixture (fresh, so no memo of another test applies). */
function dataset(change?: (activities: Activity[]) => Activity[]): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  const d = result.dataset;
  return change ? { ...d, activities: change([...d.activities]) } : d;
}

function years(from: number, to: number): Filters {
  return { ...NO_FILTERS, from, to };
}

describe('comparePeriods(): the list of changes', () => {
  it('lists every partner of either period, biggest change first, then by ISO3', () => {
    const c = comparePeriods(dataset(), years(2019, 2021), { from: 2015, to: 2017 });
    // A (2015–2017): KAZ 1, MNG 2, UZB 1, VNM 1. B (2019–2021): KAZ 3, UZB 1, VNM 2 (one via
    // ASEAN), PER 1, ETH 1 and the nine other ASEAN members 1 each.
    const newOnes = ['BRN', 'ETH', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PER', 'PHL', 'SGP', 'THA'];
    expect(c.changes).toEqual([
      { iso3: 'KAZ', cls: 'continued', countA: 1, countB: 3 },
      { iso3: 'MNG', cls: 'ended', countA: 2, countB: 0 },
      ...newOnes.map((iso3) => ({ iso3, cls: 'new', countA: 0, countB: 1 })),
      { iso3: 'VNM', cls: 'continued', countA: 1, countB: 2 },
      { iso3: 'UZB', cls: 'continued', countA: 1, countB: 1 },
    ]);
  });

  it('keeps both selections: A with its own years, B with the filters’ years', () => {
    const c = comparePeriods(
      dataset(),
      { ...years(2019, 2021), sectors: ['pharmaceuticals'] },
      { from: 2015, to: 2018 },
    );
    expect(c.a.range).toEqual({ from: 2015, to: 2018 });
    expect(c.b.range).toEqual({ from: 2019, to: 2021 });
    // Period A keeps the sector filter: only the aid of 2017 and the export of 2018.
    expect(c.a.activities.map((a) => a.id)).toEqual(['mng-aid-2017', 'kaz-export-2018']);
    expect(c.b.activities.map((a) => a.id)).toEqual(['uzb-mou-2020']);
    expect(c.counts).toEqual({ new: 1, continued: 0, ended: 2 });
  });

  it('counts nothing when neither period has an activity', () => {
    const c = comparePeriods(
      dataset(),
      { ...years(2019, 2021), actor: 'nobody' },
      { from: 2015, to: 2017 },
    );
    expect(c.changes).toEqual([]);
    expect(c.counts).toEqual({ new: 0, continued: 0, ended: 0 });
  });
});

describe('comparePeriods(): remembering results', () => {
  it('returns the same comparison again for the same filters and period A', () => {
    const d = dataset();
    const first = comparePeriods(d, years(2019, 2021), { from: 2015, to: 2017 });
    expect(comparePeriods(d, years(2019, 2021), { from: 2015, to: 2017 })).toBe(first);
  });

  it('computes a different period A anew and still remembers the first', () => {
    const d = dataset();
    const first = comparePeriods(d, years(2019, 2021), { from: 2015, to: 2017 });
    const other = comparePeriods(d, years(2019, 2021), { from: 2018, to: 2018 });
    // 2018 has only the export to Kazakhstan.
    expect(other.a.activities.map((a) => a.id)).toEqual(['kaz-export-2018']);
    expect(other.counts).toEqual({ new: 13, continued: 1, ended: 0 });
    expect(comparePeriods(d, years(2019, 2021), { from: 2015, to: 2017 })).toBe(first);
  });
});

describe('activitiesOfPeriods()', () => {
  it('merges both periods by date then id and names the period of each', () => {
    // The forum in Kazakhstan moved to February 2020, the month the project in Peru starts:
    // same date, and its id sorts first.
    const d = dataset((list) =>
      list.map((a) => (a.id === 'kaz-forum-2020' ? { ...a, date: '2020-02' } : a)),
    );
    const c = comparePeriods(d, years(2021, 2021), { from: 2019, to: 2020 });
    const { activities, periodOf } = activitiesOfPeriods(c);
    expect(activities.map((a) => [a.id, periodOf(a)])).toEqual([
      ['kaz-training-2019', 'A'],
      ['asean-forum-2019', 'A'],
      ['kaz-forum-2020', 'A'],
      ['per-project-2020', 'A; B'],
      ['uzb-mou-2020', 'A'],
      ['vnm-project-2021', 'B'],
      ['kaz-meeting-2021', 'B'],
      ['eth-award-2021', 'B'],
    ]);
  });

  it('lists an activity that spans both periods once', () => {
    const c = comparePeriods(dataset(), years(2021, 2021), { from: 2020, to: 2020 });
    const { activities } = activitiesOfPeriods(c);
    expect(activities.filter((a) => a.id === 'per-project-2020')).toHaveLength(1);
    expect(activities).toHaveLength(6);
  });
});

describe('activitiesOfPeriods(): activities of the same date', () => {
  const base = dataset().activities[0];
  if (!base) throw new Error('fixture should hold activities');
  const at = (id: string): Activity => ({ ...base, id, date: '2020-02' });
  /** Only the two lists of activities matter here; the rest of each selection is unused. */
  const periods = (a: Activity[], b: Activity[]) =>
    ({ a: { activities: a }, b: { activities: b } }) as unknown as Comparison;

  it('orders them by id, whichever period lists them', () => {
    const ids = (c: Comparison) => activitiesOfPeriods(c).activities.map((x) => x.id);
    expect(ids(periods([at('a-first')], [at('b-second')]))).toEqual(['a-first', 'b-second']);
    expect(ids(periods([at('b-second')], [at('a-first')]))).toEqual(['a-first', 'b-second']);
  });
});
