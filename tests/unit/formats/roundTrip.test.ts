import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeCell,
  readCsv,
  unescapeCell,
  writeActivitiesCsv,
} from '../../../src/data/formats/csvSheet';
import { datasetToSheets } from '../../../src/data/formats/datasetToSheets';
import { datasetFromSheets } from '../../../src/data/formats/sheetsToDataset';
import { readXlsx, writeXlsx } from '../../../src/data/formats/xlsx';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  SOURCE_KINDS,
  type Dataset,
} from '../../../src/data/types';
import { validateDataset } from '../../../src/data/validate';

/**
 * Characters of free text: letters, Hangul, digits, spaces, quotes, line breaks, commas and what
 * starts a spreadsheet formula. (XML cannot hold other control characters, and `;` separates
 * list items, so list items never contain it.)
 */
const CHARS = [
  'a',
  'Z',
  'é',
  '한',
  '국',
  ' ',
  '0',
  "'",
  '"',
  '\n',
  '\r',
  '\t',
  ',',
  '=',
  '+',
  '-',
  '@',
  ':',
  '.',
  '(',
];
const text = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: max })
    .filter((s) => s.trim() !== '');
const item = fc
  .string({
    unit: fc.constantFrom('a', 'b', 'c', ' ', '한', '=', '+', '-', '@', '"', "'"),
    minLength: 1,
    maxLength: 12,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4}){0,2}$/);
const localized = fc.record({ en: text(40), ko: text(20) }, { requiredKeys: ['en'] });
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const partial = fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));
const COUNTRIES = ['KAZ', 'UZB', 'MNG', 'VNM', 'LAO', 'ETH', 'PRY', 'CAN'];

/** Any valid dataset of the shapes a spreadsheet holds: a few sectors, sources, groups, activities. */
function datasetArb(withGroups: boolean): fc.Arbitrary<Dataset> {
  const sectorIds = fc.uniqueArray(kebab, { minLength: 1, maxLength: 3 });
  const sourceIds = fc.uniqueArray(kebab, { minLength: 1, maxLength: 2 });
  return fc.tuple(sectorIds, sourceIds).chain(([sectors, sources]) => {
    const groups = withGroups ? ['ASEAN', 'G7'] : [];
    const partners = fc.uniqueArray(fc.constantFrom(...COUNTRIES, ...groups), {
      minLength: 1,
      maxLength: 3,
    });
    const activity = fc
      .record({
        title: localized,
        type: fc.constantFrom(...ACTIVITY_TYPES),
        status: fc.constantFrom(...ACTIVITY_STATUSES),
        dates: fc.tuple(partial, partial).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
        hasEnd: fc.boolean(),
        dateNote: fc.option(text(30), { nil: undefined }),
        partners,
        sectors: fc.uniqueArray(fc.constantFrom(...sectors), { minLength: 1, maxLength: 2 }),
        korea: fc.array(item, { maxLength: 2 }),
        partner: fc.array(item, { maxLength: 2 }),
        source: fc.constantFrom(...sources),
        quote: text(80),
        amount: fc.option(
          fc.record({
            value: fc
              .double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true })
              .filter((v) => !Object.is(v, -0)),
            currency: fc.constantFrom('KRW', 'USD', 'EUR'),
          }),
          { nil: undefined },
        ),
      })
      .map((r) => ({
        title: r.title,
        type: r.type,
        status: r.status,
        date: r.dates[0] ?? '2020',
        ...(r.hasEnd ? { end: r.dates[1] } : {}),
        ...(r.dateNote === undefined ? {} : { dateNote: r.dateNote }),
        partners: r.partners,
        sectors: r.sectors,
        actors: { korea: r.korea, partner: r.partner },
        source: r.source,
        quote: r.quote,
        ...(r.amount === undefined ? {} : { amount: r.amount }),
      }));
    return fc
      .record({
        title: localized,
        home: fc.constantFrom('KOR', 'CAN', 'JPN'),
        sectorLabels: fc.array(localized, { minLength: sectors.length, maxLength: sectors.length }),
        sourceRows: fc.array(
          fc.record({
            title: text(30),
            publisher: text(20),
            published: day,
            url: fc.option(fc.constantFrom('https://example.org/a?b=1', 'http://x.kr/'), {
              nil: undefined,
            }),
            kind: fc.option(fc.constantFrom(...SOURCE_KINDS), { nil: undefined }),
          }),
          { minLength: sources.length, maxLength: sources.length },
        ),
        groupNames: fc.array(localized, { minLength: 2, maxLength: 2 }),
        activities: fc.array(activity, { minLength: 1, maxLength: 6 }),
      })
      .map((r) => {
        const raw = {
          schemaVersion: 1,
          title: r.title,
          home: r.home,
          sectors: sectors.map((id, i) => ({ id, label: r.sectorLabels[i] })),
          groups: groups.map((id, i) => ({ id, name: r.groupNames[i], members: ['VNM', 'LAO'] })),
          sources: sources.map((id, i) => ({ id, ...r.sourceRows[i] })),
          activities: r.activities.map((a, i) => ({ id: `a-${i}`, ...a })),
        };
        const valid = validateDataset(JSON.parse(JSON.stringify(raw)));
        if (!valid.ok) throw new Error(JSON.stringify(valid.problems));
        return valid.dataset;
      });
  });
}

describe('spreadsheet round trips (fast-check, seeded)', () => {
  it('any valid dataset written to .xlsx reads back equal', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb(true), async (dataset) => {
        const sheets = await readXlsx(await writeXlsx(datasetToSheets(dataset)));
        const back = datasetFromSheets(sheets, 'x.xlsx');
        expect(back).toEqual({ ok: true, dataset });
      }),
      { seed: 20261202, numRuns: 60 },
    );
  }, 60_000);

  it('any valid dataset’s activities written as CSV read back equal', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb(false), async (dataset) => {
        const back = datasetFromSheets(await readCsv(await writeActivitiesCsv(dataset)), 'x.csv');
        if (!back.ok) throw new Error(JSON.stringify(back.problems));
        // Sectors and sources are derived from the values in a CSV; the activities are the data.
        expect(back.dataset.activities).toEqual(dataset.activities);
      }),
      { seed: 20261202, numRuns: 150 },
    );
  }, 60_000);

  it('CSV cells that start like a formula are written with a leading quote and read back the same', async () => {
    for (const v of ['=1+2', '+33', '-5', '@SUM(A1)', "'=x", "'", 'plain', '\tTab']) {
      expect(unescapeCell(escapeCell(v))).toBe(v);
      expect(/^[=+\-@\t\r]/.test(escapeCell(v))).toBe(false);
    }
    const csv = '\uFEFFid;title_en;quote\r\nx;"He said ""yes"";\nbye";\'=1+2\r\n';
    const [sheet] = await readCsv(csv);
    expect(sheet?.rows[1]).toEqual(['x', 'He said "yes";\nbye', '=1+2']);
  });
});
