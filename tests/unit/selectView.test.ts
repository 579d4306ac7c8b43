import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/data/filters';
import { selectView } from '../../src/data/selectView';
import type { Selection } from '../../src/data/selection';
import type { Activity, Dataset } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import fixture from '../fixtures/valid-dataset.json';

const ASEAN_BUT_VNM = ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA'];

/** A fresh dataset object from the fixture (fresh, so memos of other tests don't apply). */
function dataset(change?: (activities: Activity[]) => Activity[]): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  const d = result.dataset;
  return change ? { ...d, activities: change([...d.activities]) } : d;
}

function select(filters: Partial<Filters> = {}, d: Dataset = dataset()): Selection {
  return selectView(d, { ...NO_FILTERS, ...filters });
}

function ids(s: Selection): string[] {
  return s.activities.map((a) => a.id);
}

function partner(s: Selection, iso3: string) {
  return s.partners.find((p) => p.iso3 === iso3);
}

describe('selectView() with no filters', () => {
  it('selects every activity, oldest first', () => {
    expect(ids(select())).toEqual([
      'twn-aid-2017',
      'vnm-training-2018',
      'kaz-mou-2019',
      'asean-forum-2020',
      'vnm-asean-meeting-2020',
      'uzb-kaz-export-2022',
    ]);
  });

  it('spans the years of every start and end', () => {
    const s = select();
    expect(s.yearSpan).toEqual({ min: 2017, max: 2022 });
    expect(s.range).toEqual({ from: 2017, to: 2022 });
  });

  it('counts activities, partner countries without the home country, and sources', () => {
    expect(select().totals).toEqual({ activities: 6, partnerCountries: 13, sources: 2 });
    expect(partner(select(), 'KOR')).toBeUndefined();
  });

  it('orders activities with the same date by id', () => {
    const d = dataset((list) =>
      list.map((a) =>
        a.id === 'asean-forum-2020' ? { ...a, date: '2020-06', id: 'zz-forum' } : a,
      ),
    );
    expect(ids(select({}, d)).slice(3, 5)).toEqual(['vnm-asean-meeting-2020', 'zz-forum']);
  });
});

describe('selectView() year range', () => {
  it('keeps an activity whose years overlap the range', () => {
    expect(ids(select({ from: 2019, to: 2019 }))).toEqual(['vnm-training-2018', 'kaz-mou-2019']);
  });

  it('keeps a multi-year activity in every year it runs, up to its end year', () => {
    expect(ids(select({ from: 2020, to: 2020 }))).toContain('vnm-training-2018');
    expect(ids(select({ from: 2021, to: 2021 }))).toEqual([]);
    expect(ids(select({ from: 2021, to: 2030 }))).toEqual(['uzb-kaz-export-2022']);
  });

  it('clamps the range to the span and swaps reversed ends', () => {
    expect(select({ from: 1990, to: 2050 }).range).toEqual({ from: 2017, to: 2022 });
    expect(select({ from: 2020, to: 2018 }).range).toEqual({ from: 2018, to: 2020 });
    expect(select({ from: null, to: 2018 }).range).toEqual({ from: 2017, to: 2018 });
    expect(select({ from: Number.NaN, to: null }).range).toEqual({ from: 2017, to: 2022 });
  });
});

describe('selectView() groups', () => {
  it('counts a group partner for each member country, via the group', () => {
    const s = select({ from: 2020, to: 2020 });
    for (const iso3 of ASEAN_BUT_VNM) {
      expect(partner(s, iso3)).toMatchObject({ count: 2, direct: 0, viaGroups: ['ASEAN'] });
    }
  });

  it('tells a direct partnership from one via a group', () => {
    const s = select();
    expect(partner(s, 'KAZ')).toMatchObject({ count: 2, direct: 2, viaGroups: [] });
    expect(partner(s, 'VNM')).toMatchObject({ count: 3, direct: 2, viaGroups: ['ASEAN'] });
  });

  it('counts a group activity once in the totals', () => {
    const s = select({ from: 2020, to: 2020, sectors: ['digital-health'] });
    expect(s.totals.activities).toBe(2);
    expect(s.totals.partnerCountries).toBe(10);
  });

  it('lists a group activity under each member country', () => {
    const s = select();
    expect(s.activitiesByCountry.get('THA')?.map((a) => a.id)).toEqual([
      'asean-forum-2020',
      'vnm-asean-meeting-2020',
    ]);
    expect(s.activitiesByCountry.get('VNM')?.map((a) => a.id)).toEqual([
      'vnm-training-2018',
      'asean-forum-2020',
      'vnm-asean-meeting-2020',
    ]);
  });
});

describe('selectView() regions', () => {
  it('keeps activities with a partner country in a kept region', () => {
    const s = select({ regions: ['central-asia'] });
    expect(ids(s)).toEqual(['kaz-mou-2019', 'uzb-kaz-export-2022']);
    expect(s.partners.map((p) => p.iso3)).toEqual(['KAZ', 'UZB']);
  });

  it('lists only partner countries of kept regions', () => {
    const d = dataset((list) => [
      ...list,
      { ...list[0]!, id: 'kaz-vnm-2021', date: '2021', partners: ['KAZ', 'VNM'] },
    ]);
    const s = select({ regions: ['south-eastern-asia'] }, d);
    expect(ids(s)).toContain('kaz-vnm-2021');
    expect(partner(s, 'KAZ')).toBeUndefined();
    expect(partner(s, 'VNM')?.count).toBe(4);
    expect(s.activitiesByCountry.has('KAZ')).toBe(false);
  });

  it('puts countries without a UN M49 sub-region in the region "other"', () => {
    const s = select({ regions: ['other'] });
    expect(ids(s)).toEqual(['twn-aid-2017']);
    expect(partner(s, 'TWN')?.regionId).toBe('other');
  });

  it('keeps nothing for an empty region list', () => {
    expect(select({ regions: [] }).totals).toEqual({
      activities: 0,
      partnerCountries: 0,
      sources: 0,
    });
  });
});

describe('selectView() sectors', () => {
  it('keeps activities with at least one kept sector', () => {
    expect(ids(select({ sectors: ['digital-health'] }))).toEqual([
      'vnm-training-2018',
      'asean-forum-2020',
    ]);
    expect(ids(select({ sectors: ['digital-health', 'pharmaceuticals'] }))).toHaveLength(4);
  });

  it('keeps nothing for an empty sector list or unknown sectors', () => {
    expect(select({ sectors: [] }).activities).toEqual([]);
    expect(select({ sectors: ['no-such-sector'] }).activities).toEqual([]);
    expect(select({ sectors: [] }).partners).toEqual([]);
  });
});

describe('selectView() chart counts', () => {
  it('counts every year of the span, ignoring the year range but marking it', () => {
    const s = select({ from: 2019, to: 2020 });
    expect(s.perYear.map((b) => [b.year, b.total, b.inRange])).toEqual([
      [2017, 1, false],
      [2018, 1, false],
      [2019, 2, true],
      [2020, 3, true],
      [2021, 0, false],
      [2022, 1, false],
    ]);
  });

  it('applies the sector and region filters to the year counts', () => {
    const s = select({ sectors: ['health-security'], regions: ['south-eastern-asia'] });
    expect(s.perYear.map((b) => b.total)).toEqual([0, 1, 1, 1, 0, 0]);
  });

  it('splits year counts by kept sectors, counting a two-sector activity in both', () => {
    const all = select();
    expect(all.perYear[1]?.bySector).toEqual({
      'health-security': 1,
      'digital-health': 1,
      pharmaceuticals: 0,
    });
    const kept = select({ sectors: ['digital-health'] });
    expect(kept.perYear[1]?.bySector).toEqual({
      'health-security': 0,
      'digital-health': 1,
      pharmaceuticals: 0,
    });
  });

  it('counts sectors ignoring the sector filter, in dataset order, marking the kept ones', () => {
    const s = select({ sectors: ['pharmaceuticals'] });
    expect(s.perSector).toEqual([
      { id: 'health-security', count: 3, active: false },
      { id: 'digital-health', count: 2, active: false },
      { id: 'pharmaceuticals', count: 2, active: true },
    ]);
  });

  it('applies the year range to the sector counts', () => {
    expect(select({ from: 2022, to: 2022 }).perSector.map((x) => x.count)).toEqual([0, 0, 1]);
  });

  it('counts every region present, by name with Other last, ignoring the region filter', () => {
    const s = select({ regions: ['central-asia'] });
    expect(s.perRegion).toEqual([
      { id: 'central-asia', name: 'Central Asia', count: 2, countries: 2, active: true },
      {
        id: 'south-eastern-asia',
        name: 'South-eastern Asia',
        count: 3,
        countries: 10,
        active: false,
      },
      { id: 'other', name: 'Other', count: 1, countries: 1, active: false },
    ]);
  });

  it('applies the other filters to the region counts', () => {
    const s = select({ from: 2022, to: 2022, regions: ['other'] });
    expect(s.perRegion.map((r) => [r.id, r.count, r.countries])).toEqual([
      ['central-asia', 1, 2],
      ['south-eastern-asia', 0, 0],
      ['other', 0, 0],
    ]);
  });
});

describe('selectView() sorting', () => {
  it('sorts partners by activity count, then English name', () => {
    expect(select().partners.map((p) => p.iso3)).toEqual([
      'VNM',
      'BRN',
      'KHM',
      'IDN',
      'KAZ',
      'LAO',
      'MYS',
      'MMR',
      'PHL',
      'SGP',
      'THA',
      'TWN',
      'UZB',
    ]);
  });
});

describe('selectView() memo', () => {
  it('returns the same object for equal filters, even as new objects', () => {
    const d = dataset();
    const a = selectView(d, { ...NO_FILTERS, from: 2018, to: 2020, sectors: ['digital-health'] });
    const b = selectView(d, { ...NO_FILTERS, from: 2018, to: 2020, sectors: ['digital-health'] });
    expect(b).toBe(a);
  });

  it('remembers the unfiltered selection alongside the current one', () => {
    const d = dataset();
    const all = selectView(d, NO_FILTERS);
    const some = selectView(d, { ...NO_FILTERS, from: 2020 });
    expect(selectView(d, { ...NO_FILTERS })).toBe(all);
    expect(selectView(d, { ...NO_FILTERS, from: 2020 })).toBe(some);
  });

  it('returns a new object for different filters or another dataset', () => {
    const d = dataset();
    const a = selectView(d, { ...NO_FILTERS, sectors: ['digital-health'] });
    const b = selectView(d, { ...NO_FILTERS, sectors: ['pharmaceuticals'] });
    expect(b).not.toBe(a);
    expect(ids(b)).not.toEqual(ids(a));
    expect(selectView(d, { ...NO_FILTERS, sectors: [] })).not.toBe(selectView(d, NO_FILTERS));
    expect(selectView(dataset(), NO_FILTERS)).not.toBe(selectView(d, NO_FILTERS));
  });
});

describe('selectView() edge cases', () => {
  it('handles a dataset with no activities', () => {
    const s = select(
      {},
      dataset(() => []),
    );
    expect(s.activities).toEqual([]);
    expect(s.perYear).toEqual([]);
    expect(s.perRegion).toEqual([]);
    expect(s.totals).toEqual({ activities: 0, partnerCountries: 0, sources: 0 });
  });

  it('keeps an activity whose only partner is the home country, without partner countries', () => {
    const d = dataset((list) => [{ ...list[0]!, id: 'home-only', partners: ['KOR'] }]);
    const s = select({}, d);
    expect(s.totals).toEqual({ activities: 1, partnerCountries: 0, sources: 1 });
    expect(select({ regions: ['eastern-asia'] }, d).activities).toEqual([]);
  });
});
