import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../../src/data/filters';
import { selectView } from '../../../src/data/selectView';
import type { Selection } from '../../../src/data/selection';
import type { Dataset } from '../../../src/data/types';
import { validateDataset } from '../../../src/data/validate';
import fixture from '../../fixtures/valid-dataset.json';

// The fixture, 2017–2022: twn-aid-2017 (aid, TWN and KOR, source MoH), vnm-training-2018
// (training 2018–2020, KOICA), kaz-mou-2019 (agreement, MoH), asean-forum-2020 (forum),
// vnm-asean-meeting-2020 (meeting), uzb-kaz-export-2022 (export, planned); the last four cite
// the KHIDI source.

function dataset(change?: (raw: typeof fixture) => unknown): Dataset {
  const raw = structuredClone(fixture);
  const result = validateDataset(change ? change(raw) : raw);
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

function select(filters: Partial<Filters> = {}, d: Dataset = dataset()): Selection {
  return selectView(d, { ...NO_FILTERS, ...filters });
}

function counts(list: readonly { id: string; count: number; active: boolean }[]) {
  return Object.fromEntries(list.map((x) => [x.id, [x.count, x.active]]));
}

describe('selectView(): years that are not whole', () => {
  it('cuts a fractional year to the year it is in', () => {
    expect(select({ from: 2019.7, to: 2020.2 }).range).toEqual({ from: 2019, to: 2020 });
  });

  it('takes a year that is not a finite number as no limit', () => {
    expect(select({ from: Number.NaN, to: Infinity }).range).toEqual({ from: 2017, to: 2022 });
  });
});

describe('selectView(): sources', () => {
  it('counts the distinct sources of the selected activities', () => {
    expect(select({ from: 2017, to: 2017 }).totals.sources).toBe(1);
    expect(select({ from: 2019, to: 2019 }).totals.sources).toBe(2);
    expect(select({ from: 2020, to: 2022 }).totals.sources).toBe(1);
  });
});

describe('selectView(): types and statuses', () => {
  it('counts types ignoring the type filter but applying the others', () => {
    const s = select({ types: ['export'] });
    expect(counts(s.perType)).toEqual({
      agreement: [1, false],
      meeting: [1, false],
      forum: [1, false],
      training: [1, false],
      export: [1, true],
      aid: [1, false],
    });
    expect(counts(select({ status: ['planned'] }).perType)).toMatchObject({
      export: [1, true],
      training: [0, true],
    });
    expect(counts(select({ actor: 'KOICA' }).perType)).toMatchObject({
      training: [1, true],
      aid: [0, true],
    });
  });

  it('counts statuses ignoring the status filter but applying the others', () => {
    expect(counts(select({ status: ['planned'] }).perStatus)).toEqual({
      done: [5, false],
      planned: [1, true],
    });
    expect(counts(select({ types: ['export'] }).perStatus)).toEqual({
      done: [0, true],
      planned: [1, true],
    });
    expect(counts(select({ from: 2020, to: 2020 }).perStatus)).toEqual({
      done: [3, true],
      planned: [0, true],
    });
  });

  it('applies the type, status and actor filters to the year counts', () => {
    const totals = (f: Partial<Filters>) => select(f).perYear.map((y) => y.total);
    expect(totals({ types: ['training'] })).toEqual([0, 1, 1, 1, 0, 0]);
    expect(totals({ status: ['done'] })).toEqual([1, 1, 2, 3, 0, 0]);
    expect(totals({ actor: 'KOFIH' })).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('counts the planned activities of each year', () => {
    expect(select().perYear.map((y) => [y.year, y.total, y.planned])).toEqual([
      [2017, 1, 0],
      [2018, 1, 0],
      [2019, 2, 0],
      [2020, 3, 0],
      [2021, 0, 0],
      [2022, 1, 1],
    ]);
  });
});

describe('selectView(): how many selections are remembered', () => {
  it('remembers the last four filter values and forgets the least recently used', () => {
    const d = dataset();
    const at = (from: number) => selectView(d, { ...NO_FILTERS, from });
    const first = at(2017);
    const second = at(2018);
    at(2019);
    at(2020);
    expect(at(2017)).toBe(first);
    at(2021);
    // 2018 was used least recently of the five: it is computed anew, to an equal result.
    const again = at(2018);
    expect(again).not.toBe(second);
    expect(again).toEqual(second);
    expect(at(2017)).toBe(first);
  });
});

describe('selectView(): countries reached through two groups', () => {
  it('names, for each country, the group it is reached through', () => {
    const d = dataset((raw) => ({
      ...raw,
      groups: [
        ...raw.groups,
        {
          id: 'C5',
          name: { en: 'Central Asia Five' },
          members: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
        },
      ],
      activities: [
        ...raw.activities,
        { ...raw.activities[0], id: 'summit-2021', date: '2021', partners: ['C5', 'ASEAN'] },
      ],
    }));
    const s = select({ from: 2021, to: 2021 }, d);
    const via = Object.fromEntries(s.partners.map((p) => [p.iso3, p.viaGroups]));
    expect(via.KAZ).toEqual(['C5']);
    expect(via.TKM).toEqual(['C5']);
    expect(via.THA).toEqual(['ASEAN']);
    expect(via.VNM).toEqual(['ASEAN']);
    expect(s.partners).toHaveLength(15);
  });
});

describe('selectView(): a dataset without activities', () => {
  it('has a span and range of year 0', () => {
    const s = select({}, { ...dataset(), activities: [] });
    expect(s.yearSpan).toEqual({ min: 0, max: 0 });
    expect(s.range).toEqual({ from: 0, to: 0 });
  });
});
