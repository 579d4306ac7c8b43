import { describe, expect, it } from 'vitest';
import { parseAmountText } from '../../../src/data/formats/amountText';
import { readCsv } from '../../../src/data/formats/csvSheet';
import { datasetFromSheets } from '../../../src/data/formats/sheetsToDataset';
import { ACTIVITIES_HEADER as HEADER } from '../../fixtures/activitiesHeader';

describe('amounts written as text', () => {
  it.each([
    ['2500', 2500],
    ['1,200.5', 1200.5],
    ['1,234,567', 1234567],
    ['1 250,75', 1250.75],
    ['1\u00a0250,75', 1250.75],
    ['1.234.567', 1234567],
    ['1.234.567,5', 1234567.5],
    ['2,5', 2.5],
    ['0,75', 0.75],
    ['12.5', 12.5],
    ['.5', 0.5],
    // Numbers as this app's own CSV writes them.
    ['5e-324', 5e-324],
    ['1e+21', 1e21],
    // A lone comma before three digits is a thousands separator, as in English spreadsheets.
    ['1,250', 1250],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmountText(text)).toBe(value);
  });

  it.each(['lots', '-5', '1,2,3', '1.2.3', '1,234.567,8', '2,5 EUR', '', '1..5'])(
    'refuses %j',
    (text) => {
      expect(parseAmountText(text)).toBeNull();
    },
  );

  it('reads a decimal comma in a semicolon-separated CSV (as Excel writes it in Europe)', async () => {
    const cells: Record<string, string> = {
      title_en: 'Health forum',
      type: 'forum',
      date: '2021-04',
      partners: 'KAZ',
      sectors: 'Digital health',
      source: 'MOHW press release',
      quote: 'The two ministers met.',
      amount: '2,5',
      currency: 'EUR',
    };
    const line = (values: readonly string[]) => values.join(';');
    const csv = [line(HEADER), line(HEADER.map((h) => cells[h] ?? ''))].join('\r\n');
    const result = datasetFromSheets(await readCsv(csv), 'mine.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.activities[0]?.amount).toEqual({ value: 2.5, currency: 'EUR' });
  });
});
