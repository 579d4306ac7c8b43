import { describe, expect, it } from 'vitest';
import { datasetFromSheets } from '../../../src/data/formats/sheetsToDataset';
import type { Cell } from '../../../src/data/formats/workbook';
import type { Activity, LoadResult } from '../../../src/data/types';
import { ACTIVITIES_HEADER as HEADER } from '../../fixtures/activitiesHeader';

function row(extra: Partial<Record<string, Cell>> = {}): Cell[] {
  const base: Record<string, Cell> = {
    title_en: 'Health forum',
    type: 'forum',
    date: '2021-04',
    partners: 'KAZ',
    sectors: 'Digital health',
    source: 'MOHW press release',
    quote: 'The two ministers met.',
    ...extra,
  };
  return HEADER.map((h) => base[h] ?? null);
}

function read(...rows: Cell[][]): LoadResult {
  return datasetFromSheets([{ name: 'Activities', rows: [HEADER, ...rows] }], 'a.xlsx');
}

function activities(result: LoadResult): readonly Activity[] {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset.activities;
}

function problems(result: LoadResult): string[] {
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('readActivities(): amounts', () => {
  it('reads numbers and number text with thousands separators, and the currency in capitals', () => {
    const [a, b] = activities(
      read(row({ amount: '1,200.5', currency: ' krw ' }), row({ amount: 2500, currency: 'USD' })),
    );
    expect(a?.amount).toEqual({ value: 1200.5, currency: 'KRW' });
    expect(b?.amount).toEqual({ value: 2500, currency: 'USD' });
  });

  it('leaves the amount out when both cells are empty', () => {
    expect(activities(read(row({ amount: ' ', currency: '' })))[0]?.amount).toBeUndefined();
  });

  it('names an amount that is not a number ≥ 0, or lacks its currency', () => {
    expect(
      problems(
        read(
          row({ amount: '-5', currency: 'KRW' }),
          row({ amount: 'lots', currency: 'KRW' }),
          row({ currency: 'KRW' }),
          row({ amount: 100 }),
        ),
      ),
    ).toEqual([
      'Activities!O2: "-5" is not an amount (a number ≥ 0)',
      'Activities!O3: "lots" is not an amount (a number ≥ 0)',
      'Activities!O4: "" is not an amount (a number ≥ 0)',
      'Activities!P5: is required with an amount (ISO 4217, e.g. KRW)',
    ]);
  });
});

describe('readActivities(): ids and cells with spaces', () => {
  it('makes ids from titles, unlike any id written in the sheet', () => {
    const list = activities(
      read(row(), row(), row({ id: ' health-forum ', title_en: 'Other forum' })),
    );
    expect(list.map((a) => a.id).sort()).toEqual([
      'health-forum',
      'health-forum-2',
      'health-forum-3',
    ]);
    expect(list.find((a) => a.id === 'health-forum')?.title.en).toBe('Other forum');
  });

  it('trims type, status, dates and ids, and drops a blank date note', () => {
    const [a] = activities(
      read(
        row({
          type: ' Forum ',
          status: ' PLANNED ',
          date: ' 2021-04 ',
          end: ' 2022 ',
          date_note: '   ',
          partners: 'KAZ; kz',
        }),
      ),
    );
    expect(a).toMatchObject({
      type: 'forum',
      status: 'planned',
      date: '2021-04',
      end: '2022',
      partners: ['KAZ'],
    });
    expect(a?.dateNote).toBeUndefined();
  });

  it('names a type it does not know, suggesting a near one', () => {
    expect(problems(read(row({ type: 'trainng' })))).toEqual([
      'Activities!D2: "trainng" is not an activity type (did you mean training?)',
    ]);
  });
});
