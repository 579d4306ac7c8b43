import { describe, expect, it } from 'vitest';
import type { LoadResult, Problem } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import fixture from '../fixtures/valid-dataset.json';

function problemsOf(result: LoadResult): readonly Problem[] {
  return result.ok ? [] : result.problems;
}

/** The problems of the valid fixture with activity 0 dated `date`. */
function withDate(date: string): readonly Problem[] {
  const d = structuredClone(fixture);
  d.activities[0]!.date = date;
  return problemsOf(validateDataset(d));
}

/** The problems of the valid fixture with source 0 published on `published`. */
function withPublished(published: string): readonly Problem[] {
  const d = structuredClone(fixture);
  d.sources[0]!.published = published;
  return problemsOf(validateDataset(d));
}

const notADate = (date: string): Problem[] => [
  {
    path: 'activities[0].date',
    message: `"${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`,
  },
];

describe('calendar dates', () => {
  it.each(['2019-01-31', '2019-04-30', '2019-12-31', '2019-12', '2019-01', '2000-02-29'])(
    'accepts %s',
    (date) => {
      expect(withDate(date)).toEqual([]);
    },
  );

  it.each([
    ['a 31st of April', '2019-04-31'],
    ['a day 0', '2019-01-00'],
    ['a 32nd', '2019-01-32'],
    ['month 0', '2019-00'],
    ['29 February of a year divisible by 100 but not 400', '1900-02-29'],
    ['30 February of a leap year', '2020-02-30'],
  ])('rejects %s', (_, date) => {
    expect(withDate(date)).toEqual(notADate(date));
  });

  it('accepts 29 February only in leap years: every 4th, not every 100th, every 400th', () => {
    expect(withDate('2024-02-29')).toEqual([]);
    expect(withDate('2000-02-29')).toEqual([]);
    expect(withDate('2100-02-29')).toEqual(notADate('2100-02-29'));
    expect(withDate('2023-02-29')).toEqual(notADate('2023-02-29'));
  });

  it('wants a source published on a day, not in a month or a year', () => {
    expect(withPublished('2019-04-30')).toEqual([]);
    for (const published of ['2019', '2019-04', '2019-04-31', '2019-4-30']) {
      expect(withPublished(published)).toEqual([
        {
          path: 'sources[0].published',
          message: `"${published}" is not a date of the form YYYY-MM-DD`,
        },
      ]);
    }
  });
});
