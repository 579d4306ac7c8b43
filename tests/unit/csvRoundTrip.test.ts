import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, type CsvWords } from '../../src/data/csv';
import type { Activity, Dataset } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import fixture from '../fixtures/valid-dataset.json';
import { propertyRuns } from './propertyRuns';

function dataset(): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

/** Names as they are: the property is about cells, not words. */
const WORDS: CsvWords = {
  text: (t) => t.en,
  country: (iso3) => iso3,
  group: (id) => id,
  sector: (id) => id,
};

/** Text rich in what CSV and spreadsheets treat specially, mixed with any characters. */
const awkward = fc
  .array(
    fc.oneof(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', '""', ',', ';', "'", ' '),
      fc.constantFrom('=SUM(A1:A2)', '+1', '-2', '@cmd', '=HYPERLINK("http://x")'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

/** What a spreadsheet must show for `value`: a would-be formula gets a leading apostrophe. */
const shown = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Reads CSV text with Papa Parse, as a spreadsheet-minded reader would. */
function read(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('toCsv() read back with Papa Parse', () => {
  it('gives back every title, quote and source text, quotes and line breaks included, formulas neutralised', () => {
    const base = dataset();
    const first = base.activities[0];
    const source = base.sources.find((s) => s.id === first?.source);
    if (!first || !source) throw new Error('fixture has an activity with a source');
    fc.assert(
      fc.property(awkward, awkward, awkward, awkward, (title, quote, sourceTitle, publisher) => {
        const activity: Activity = { ...first, title: { en: title }, quote };
        const data: Dataset = {
          ...base,
          sources: [{ ...source, title: sourceTitle, publisher }],
          activities: [activity],
        };
        const rows = read(toCsv([activity], data, WORDS));
        expect(rows).toHaveLength(2);
        const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
        expect(row.title).toBe(shown(title));
        expect(row.quote).toBe(shown(quote));
        expect(row.source_title).toBe(shown(sourceTitle));
        expect(row.source_publisher).toBe(shown(publisher));
        for (const value of rows[1] ?? []) expect(value).not.toMatch(/^[=+\-@\t\r]/);
      }),
      propertyRuns(300),
    );
  });
});
